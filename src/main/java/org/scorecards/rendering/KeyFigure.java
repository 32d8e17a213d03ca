package org.scorecards.rendering;

import java.util.List;

/**
 * One key-figure chart with its figures written out beneath it.
 *
 * @param listing the same figures as text ("Female 120 · Male &lt;5"), readable without the chart
 * @param alt the chart's alternative text in the tagged PDF: the title and the figures, as a sentence
 * @param reported the source file was reported; otherwise the chart is replaced by a note
 */
record KeyFigure(String title, List<ChartBar> bars, String listing, String alt, boolean reported) {
}
