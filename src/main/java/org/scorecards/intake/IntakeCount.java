package org.scorecards.intake;

/** Accounting for one input file: {@code read == accepted + rejected}. */
public record IntakeCount(String iso3, String file, long read, long accepted, long rejected) {
}
