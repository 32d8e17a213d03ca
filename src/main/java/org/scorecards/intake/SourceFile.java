package org.scorecards.intake;

/** An input file behind a scorecard: name within the country folder, SHA-256, records read. */
public record SourceFile(String file, String sha256, long records) {
}
