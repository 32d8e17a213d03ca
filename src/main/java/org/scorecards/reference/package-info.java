/**
 * Reference data of the cycle: countries, populations, exchange rates.
 */
package org.scorecards.reference;
