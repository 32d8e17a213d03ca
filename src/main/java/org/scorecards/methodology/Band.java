package org.scorecards.methodology;

import java.math.BigDecimal;

/** A rating band: scores at or above {@code min} (and below the next band up) get it. */
public record Band(String band, BigDecimal min, String label) {
}
