package org.scorecards.methodology;

/** When {@code indicator} is answered {@code when}, the rating can be no better than {@code maxBand}. */
public record Cap(String indicator, String when, String maxBand, String reason) {
}
