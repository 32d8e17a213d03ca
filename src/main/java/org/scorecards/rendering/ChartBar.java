package org.scorecards.rendering;

/**
 * One bar of a chart. {@code value} is what is drawn, {@code label} what is written on it: a suppressed
 * count is drawn at zero and labelled "&lt;5", so its true value appears nowhere in the document.
 */
record ChartBar(String series, String category, Number value, String label) {
}
