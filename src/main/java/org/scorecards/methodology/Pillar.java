package org.scorecards.methodology;

import java.math.BigDecimal;

public record Pillar(String pillar, String label, BigDecimal weight) {
}
