package org.scorecards.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.scorecards.cycle.Publication;

/**
 * The published versions of a cycle: version 1 publishes it, each later version corrects one country, with a
 * reason its card prints. Who and when are fixed when a version is prepared, before its run; once the run
 * has completed the version is recorded and the published year copied whole into the state
 * ({@link SubmissionStore#publishedVersion}), so a later version never overwrites an earlier one unseen: the
 * manifest lists the versions before it, and each one's files are kept as they were published.
 */
@Component
public class Publications {

	private final JdbcClient jdbc;

	private final Cycles cycles;

	private final SubmissionStore store;

	private final AuditTrail audit;

	private final Clock clock;

	Publications(JdbcClient jdbc, Cycles cycles, SubmissionStore store, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every version published, oldest first. */
	public List<Publication> list(int year) {
		return jdbc.sql("SELECT * FROM publication WHERE reporting_year = ? ORDER BY version")
			.param(year)
			.query((rs, n) -> new Publication(rs.getInt("version"), rs.getTimestamp("published_at").toInstant(),
					rs.getString("published_by"), rs.getString("iso3"), rs.getString("reason")))
			.list();
	}

	/**
	 * The next version, with who and when recorded now and written, with the versions before it, where its run
	 * reads them ({@link #record}). Nothing is published until {@link #published} records it.
	 *
	 * @param country the corrected country, or {@code null} for the publication of the cycle
	 */
	public Publication prepare(Account actor, int year, String country, String reason) {
		List<Publication> history = new ArrayList<>(list(year));
		Publication next = new Publication(history.size() + 1, clock.instant().truncatedTo(ChronoUnit.SECONDS),
				actor.email(), country, country == null ? null : clip(reason));
		history.add(next);
		Publication.write(history, record(year, next));
		return next;
	}

	/** The record a version's run reads: every version up to it. */
	public Path record(int year, Publication version) {
		return store.publicationRecord(year, version.version(), version.publishedAt());
	}

	/** The version's run completed: it is published, and its files are kept as published. */
	public void published(int year, Publication version, Path yearOutput) {
		// Kept first: once the version is recorded, its files are there to be found.
		keep(yearOutput, store.publishedVersion(year, version.version()).resolve(Integer.toString(year)));
		jdbc.sql("INSERT INTO publication (reporting_year, version, published_at, published_by, iso3, reason) "
				+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(year, version.version(), Timestamp.from(version.publishedAt()), version.publishedBy(),
					version.country(), version.reason())
			.update();
		if (version.correction()) {
			audit.record(version.publishedBy(), "cycle.correct", year, version.country(),
					"version " + version.version() + ": " + version.reason(), "version " + (version.version() - 1),
					"version " + version.version());
		}
		else {
			cycles.published(year, version.publishedBy(), version.publishedAt());
		}
	}

	/** Copies the published year, less files being written, into the state: whole or not at all. */
	private static void keep(Path yearOutput, Path target) {
		Path staging = target.resolveSibling("." + target.getFileName() + ".incoming");
		try {
			delete(staging);
			try (Stream<Path> files = Files.walk(yearOutput)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					String name = file.getFileName().toString();
					if (!(name.startsWith(".") && name.endsWith(".part"))) {
						Path copy = staging.resolve(yearOutput.relativize(file).toString());
						Files.createDirectories(copy.getParent());
						Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
			}
			delete(target);
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the published version in " + target, ex);
		}
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static String clip(String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw UploadRefused.because(400, "correction-reason");
		}
		return text.length() > 2000 ? text.substring(0, 2000) : text;
	}
}
