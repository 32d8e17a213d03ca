package org.scorecards.intake;

import java.math.BigDecimal;

/**
 * One accepted value of the Indicators sheet.
 *
 * @param answer {@code yes}, {@code partial} or {@code no} for answer items, else {@code null}
 * @param number the count for count items, else {@code null}
 * @param location the value cell, e.g. {@code Indicators!C5}
 */
public record WorkbookEntry(String code, String answer, BigDecimal number, String location) {
}
