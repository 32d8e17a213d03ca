/**
 * The deterministic synthetic input generator: fictional countries, reference files, workbooks and the four
 * CSV exports per country and year, with a few deliberate errors for validation to find.
 */
package org.scorecards.synthetic;
