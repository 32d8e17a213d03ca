package org.scorecards.submission;

import java.time.Instant;
import java.time.LocalDate;

/** A reporting cycle as the secretariat opened it: the year, and the deadline for submissions. */
public record Cycle(int year, LocalDate deadline, Instant openedAt, String openedBy, boolean closed) {
}
