package org.scorecards.rendering;

/**
 * One line of a pillar's indicator table, every cell already worded for print.
 *
 * @param label the indicator's label followed by its treaty provision in small grey type, as JasperReports
 *        styled markup (plain text is escaped)
 */
record IndicatorRow(String code, String label, String value, String score, String previous, String flags) {
}
