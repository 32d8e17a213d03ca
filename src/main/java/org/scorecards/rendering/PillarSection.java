package org.scorecards.rendering;

import java.util.List;

/**
 * A pillar's part of the scorecard: heading, key facts, its indicator table and the focal point's text.
 *
 * @param status why the pillar has no published score, or {@code null}
 * @param narrative the focal point's text, or {@code null} when none was given
 */
record PillarSection(String heading, String facts, String status, List<IndicatorRow> indicators, String narrative) {
}
