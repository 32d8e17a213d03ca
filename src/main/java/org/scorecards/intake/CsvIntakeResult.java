package org.scorecards.intake;

import java.util.List;

import org.scorecards.validation.Finding;

/** What reading one CSV file gave: the accounting and every finding; {@code present} is false when the file was not submitted. */
record CsvIntakeResult(boolean present, IntakeCount count, List<Finding> findings, String sha256) {
}
