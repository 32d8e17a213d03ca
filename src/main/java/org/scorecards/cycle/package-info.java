/**
 * The Spring Batch jobs of the yearly cycle: one partition per country, restartable, writing whole files.
 */
package org.scorecards.cycle;
