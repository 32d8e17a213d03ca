/**
 * Readers of the focal point's workbook and CSV files: every record validated, reduced to evidence and counts.
 */
package org.scorecards.intake;
