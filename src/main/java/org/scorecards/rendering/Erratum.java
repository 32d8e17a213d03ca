package org.scorecards.rendering;

import java.time.LocalDate;

/**
 * A correction of a country published after the cycle: the date and version of the publication that made it,
 * and the secretariat's reason. The card prints one line for each ({@link ScorecardContent#erratum}).
 */
public record Erratum(LocalDate on, int version, String reason) {
}
