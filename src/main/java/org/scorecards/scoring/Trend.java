package org.scorecards.scoring;

import java.math.BigDecimal;

/** Change against the previous year: {@code up}, {@code down} or {@code steady}. */
public record Trend(String direction, BigDecimal change) {
}
