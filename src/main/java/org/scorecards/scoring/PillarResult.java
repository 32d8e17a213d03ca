package org.scorecards.scoring;

import java.math.BigDecimal;

/**
 * @param score weighted mean of the scored indicators, {@code null} when no indicator was scored
 * @param coverage share of the pillar's weight that was scored, 0-1
 * @param rated coverage reached the methodology's threshold; otherwise "insufficient data"
 */
public record PillarResult(String pillar, BigDecimal score, BigDecimal coverage, boolean rated) {
}
