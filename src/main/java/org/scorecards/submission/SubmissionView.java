package org.scorecards.submission;

import java.time.Instant;
import java.util.List;

import org.scorecards.validation.Finding;

/**
 * One version of a country's submission, as the pages and the API show it.
 *
 * @param status {@code errors} when a finding is an error, else {@code clean}
 */
public record SubmissionView(long id, int year, String iso3, int version, Instant submittedAt, String submittedBy,
		String status, int errors, int warnings, List<FileView> files, List<Finding> findings) {

	/**
	 * @param status {@code missing}, {@code errors} (received with errors) or {@code clean}
	 * @param uploadedIn the version the file was uploaded in (earlier ones are carried over)
	 */
	public record FileView(String name, String status, Integer uploadedIn, String sha256, Long size, Long read,
			Long accepted, Long rejected) {
	}
}
