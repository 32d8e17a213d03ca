package org.scorecards.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.scorecards.AtomicFiles;
import org.scorecards.Checksums;
import org.scorecards.cycle.CountryCheck;
import org.scorecards.cycle.CountryOutcome;
import org.scorecards.cycle.CycleParameters;
import org.scorecards.cycle.ReportAssembler;
import org.scorecards.intake.CsvRules;
import org.scorecards.intake.IntakeCount;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.ReferenceData;
import org.scorecards.rendering.ValidationWorkbook;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;
import org.scorecards.validation.Severity;

/**
 * Every version of every country's submission. An upload becomes a new version: the files uploaded, plus the
 * files of the last version not uploaded again (so a focal point corrects one file at a time). The version is
 * checked at once, as the batch checks a country ({@link CountryCheck}), its findings and record counts are
 * kept, its validation workbook written, and it becomes the country's files in the input tree.
 */
@Component
public class Submissions {

	private static final com.fasterxml.jackson.databind.ObjectMapper FACTS = new com.fasterxml.jackson.databind.ObjectMapper();


	private static final long MEGABYTE = 1024 * 1024;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SubmissionStore store;

	private final Cycles cycles;

	private final AuditTrail audit;

	private final DecisionLog decisions;

	private final Clock clock;

	private final String methodology;

	private final Path rules;

	/** Read once: its limits are checked several times for every upload (the filter, each part, each write). */
	private final RuleCatalogue catalogue;

	private final Path output;

	/** One upload at a time per country: versions are numbered in order, none lost. */
	private final Map<String, Object> countryLocks = new ConcurrentHashMap<>();

	Submissions(JdbcClient jdbc, TransactionTemplate transactions, SubmissionStore store, Cycles cycles,
			AuditTrail audit, DecisionLog decisions, Clock clock, @Value("${scorecards.methodology:}") String methodology,
			@Value("${scorecards.rules:}") String rules, @Value("${scorecards.output:output}") Path output) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.store = store;
		this.cycles = cycles;
		this.audit = audit;
		this.decisions = decisions;
		this.clock = clock;
		this.methodology = methodology.isEmpty() ? null : methodology;
		this.rules = rules.isEmpty() ? null : Path.of(rules);
		this.catalogue = RuleCatalogue.load(this.rules);
		this.output = output;
	}

	/** The catalogue in force: its limits apply to uploads before anything is stored. */
	public RuleCatalogue catalogue() {
		return catalogue;
	}

	/** The size limit of one uploaded file of {@code role}, from the rule catalogue. */
	public long limit(SubmittedFile role) {
		String parameter = role == SubmittedFile.INDICATORS ? "max_workbook_megabytes" : "max_csv_megabytes";
		return catalogue().parameter(parameter).longValue() * MEGABYTE;
	}

	public SubmissionView submit(Account actor, int year, String iso3, List<Upload> uploads) {
		Cycle cycle = cycles.find(year).orElseThrow(() -> UploadRefused.because(404, "no-cycle-open", year));
		if (cycle.closed() && !decisions.reopenedForCorrection(cycle, iso3)) {
			throw UploadRefused.because(409, "cycle-closed", year);
		}
		Map<SubmittedFile, Upload> byRole = roles(uploads);
		synchronized (countryLocks.computeIfAbsent(year + "/" + iso3, k -> new Object())) {
			// Checked under the country's lock, so that an approval cannot slip between the check and the store.
			if (decisions.locked(year, iso3)) {
				throw UploadRefused.because(409, "locked", iso3, year);
			}
			Optional<SubmissionView> last = latest(year, iso3);
			int version = last.map(v -> v.version() + 1).orElse(1);
			Path folder = store.version(year, iso3, version);
			Map<SubmittedFile, Stored> stored = new EnumMap<>(SubmittedFile.class);
			try {
				Files.createDirectories(folder);
				for (var entry : byRole.entrySet()) {
					stored.put(entry.getKey(), write(entry.getValue(), store.file(year, iso3, version, entry.getKey()),
							version));
				}
				if (last.isPresent()) {
					for (SubmissionView.FileView earlier : last.get().files()) {
						SubmittedFile role = SubmittedFile.of(earlier.name()).orElseThrow();
						if (!stored.containsKey(role) && earlier.sha256() != null) {
							Files.copy(store.file(year, iso3, last.get().version(), role),
									store.file(year, iso3, version, role));
							stored.put(role, new Stored(earlier.sha256(), earlier.size(), earlier.uploadedIn()));
						}
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot store the upload of " + iso3, ex);
			}
			CountryOutcome outcome = check(year, iso3, folder);
			List<Finding> findings = outcome.findings();
			long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
			long warnings = findings.size() - errors;
			String status = errors > 0 ? "errors" : "clean";
			long id = transactions.execute(tx -> insert(actor, year, iso3, version, status, errors, warnings, stored,
					outcome.intake(), findings));
			store.publish(year, iso3, version);
			audit.record(actor.email(), "upload", year, iso3, "version " + version + onBehalf(actor, iso3) + ": "
					+ String.join(", ", byRole.keySet().stream().map(SubmittedFile::fileName).toList()),
					last.map(SubmissionView::status).orElse("not started"), status);
			return view(id).orElseThrow();
		}
	}

	private record Stored(String sha256, long size, int uploadedIn) {
	}

	/**
	 * The secretariat may upload for any country, on purpose: a government that sends its files by other means
	 * (a diplomatic bag, an e-mail the secretariat received) is entered for it. The version and the audit trail
	 * name the secretariat's account as who sent it, and the audit line says for whom.
	 */
	private static String onBehalf(Account actor, String iso3) {
		return actor.role() == Role.SECRETARIAT ? ", sent by the secretariat on behalf of " + iso3 : "";
	}

	private Map<SubmittedFile, Upload> roles(List<Upload> uploads) {
		if (uploads.isEmpty()) {
			throw UploadRefused.because(400, "no-file");
		}
		Map<SubmittedFile, Upload> byRole = new EnumMap<>(SubmittedFile.class);
		for (Upload upload : uploads) {
			SubmittedFile role = SubmittedFile.of(upload.name())
				.orElseThrow(() -> UploadRefused.because(400, "unknown-file", printable(upload.name())));
			if (byRole.put(role, upload) != null) {
				throw UploadRefused.because(400, "two-files", role.fileName());
			}
			long limit = limit(role);
			if (upload.size() > limit) {
				throw UploadRefused.because(413, "too-large", role.fileName(), limit / MEGABYTE);
			}
		}
		return byRole;
	}

	/** Streams the upload to its place, taking its SHA-256 on the way, and never more than its limit. */
	private Stored write(Upload upload, Path target, int version) throws IOException {
		MessageDigest digest = Checksums.newSha256();
		long limit = limit(SubmittedFile.of(target.getFileName().toString()).orElseThrow());
		long size;
		try (InputStream in = upload.content().open();
				OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
			size = in.transferTo(out);
		}
		if (size > limit) {
			Files.delete(target);
			throw UploadRefused.because(413, "too-large", target.getFileName(), limit / MEGABYTE);
		}
		return new Stored(HexFormat.of().formatHex(digest.digest()), size, version);
	}

	private CountryOutcome check(int year, String iso3, Path folder) {
		Methodology m = MethodologyLoader.load(methodology);
		ReferenceData reference = store.reference();
		RuleCatalogue catalogue = catalogue();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		CountryCheck check = new CountryCheck(store.input(), year, today, m, reference, catalogue, CsvRules.bundled(),
				store.scoreKeep());
		CountryOutcome outcome;
		try {
			outcome = check.check(iso3, folder);
		}
		catch (RuntimeException ex) {
			outcome = check.failed(iso3, ex);
		}
		CycleParameters parameters = new CycleParameters(year, store.input().root(), output, iso3, methodology, rules,
				Path.of("templates"), today, 1, 5);
		CountryOutcome checked = outcome;
		AtomicFiles.write(folder.resolve("validation.xlsx"),
				out -> new ValidationWorkbook(catalogue).write(new ReportAssembler(parameters, m).unranked(checked), out));
		return outcome;
	}

	private long insert(Account actor, int year, String iso3, int version, String status, long errors, long warnings,
			Map<SubmittedFile, Stored> stored, List<IntakeCount> intake, List<Finding> findings) {
		jdbc.sql("INSERT INTO submission (reporting_year, iso3, version, submitted_at, submitted_by, status, errors, "
				+ "warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(year, iso3, version, Timestamp.from(clock.instant()), actor.email(), status, errors, warnings)
			.update();
		long id = jdbc.sql("SELECT id FROM submission WHERE reporting_year = ? AND iso3 = ? AND version = ?")
			.params(year, iso3, version)
			.query(Long.class)
			.single();
		for (var entry : stored.entrySet()) {
			String name = entry.getKey().fileName();
			IntakeCount count = intake.stream().filter(c -> c.file().equals(name)).findFirst().orElse(null);
			boolean hasErrors = findings.stream().anyMatch(f -> f.isError() && name.equals(f.file()));
			jdbc.sql("INSERT INTO submission_file (submission_id, name, uploaded_in, sha256, size_bytes, records_read, "
					+ "accepted, rejected, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, name, entry.getValue().uploadedIn(), entry.getValue().sha256(), entry.getValue().size(),
						count == null ? 0 : count.read(), count == null ? 0 : count.accepted(),
						count == null ? 0 : count.rejected(), hasErrors ? "errors" : "clean")
				.update();
		}
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			jdbc.sql("INSERT INTO finding (submission_id, position, severity, file, location, rule, finding_value, "
					+ "message, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, i, f.severity().label(), clip(f.file(), 40), clip(f.location(), 100), clip(f.rule(), 80),
						clip(f.value(), 500), clip(f.message(), 2000), facts(f))
				.update();
		}
		return id;
	}

	public List<SubmissionView> versions(int year, String iso3) {
		return jdbc.sql("SELECT id FROM submission WHERE reporting_year = ? AND iso3 = ? ORDER BY version DESC")
			.params(year, iso3)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> view(id).orElseThrow())
			.toList();
	}

	public Optional<SubmissionView> latest(int year, String iso3) {
		return jdbc.sql("SELECT id FROM submission WHERE reporting_year = ? AND iso3 = ? ORDER BY version DESC LIMIT 1")
			.params(year, iso3)
			.query(Long.class)
			.optional()
			.flatMap(this::view);
	}

	public Optional<SubmissionView> version(int year, String iso3, int version) {
		return jdbc.sql("SELECT id FROM submission WHERE reporting_year = ? AND iso3 = ? AND version = ?")
			.params(year, iso3, version)
			.query(Long.class)
			.optional()
			.flatMap(this::view);
	}

	private Optional<SubmissionView> view(long id) {
		Map<String, SubmissionView.FileView> files = new java.util.LinkedHashMap<>();
		for (SubmittedFile role : SubmittedFile.values()) {
			files.put(role.fileName(), new SubmissionView.FileView(role.fileName(), "missing", null, null, null, null,
					null, null));
		}
		jdbc.sql("SELECT * FROM submission_file WHERE submission_id = ?").param(id).query(rs -> {
			String name = rs.getString("name");
			files.put(name, new SubmissionView.FileView(name, rs.getString("status"), rs.getInt("uploaded_in"),
					rs.getString("sha256"), rs.getLong("size_bytes"), rs.getLong("records_read"),
					rs.getLong("accepted"), rs.getLong("rejected")));
		});
		List<Finding> findings = jdbc.sql("SELECT * FROM finding f JOIN submission s ON s.id = f.submission_id "
				+ "WHERE f.submission_id = ? ORDER BY f.position")
			.param(id)
			.query((rs, n) -> new Finding(rs.getString("iso3"), Severity.valueOf(rs.getString("severity").toUpperCase()),
					rs.getString("file"), rs.getString("location"), rs.getString("rule"), rs.getString("finding_value"),
					rs.getString("message"), facts(rs.getString("facts"))))
			.list();
		return jdbc.sql("SELECT * FROM submission WHERE id = ?")
			.param(id)
			.query((rs, n) -> new SubmissionView(rs.getLong("id"), rs.getInt("reporting_year"), rs.getString("iso3"),
					rs.getInt("version"), rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"),
					rs.getString("status"), rs.getInt("errors"), rs.getInt("warnings"), new ArrayList<>(files.values()),
					findings))
			.optional();
	}

	private static String printable(String name) {
		String text = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N} ._()-]", "?");
		return text.length() > 80 ? text.substring(0, 80) + "..." : text;
	}

	/**
	 * A finding's facts as JSON, each value clipped as the stored value is; {@code null} when they do not fit the
	 * column: the finding is then shown with its English message, never cut mid-fact.
	 */
	private static String facts(Finding finding) {
		if (finding.facts().isEmpty()) {
			return null;
		}
		Map<String, String> clipped = new java.util.TreeMap<>();
		finding.facts().forEach((name, value) -> clipped.put(clip(name, 80), clip(value, 500)));
		try {
			String json = FACTS.writeValueAsString(clipped);
			return json.length() <= 8000 ? json : null;
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			return null;
		}
	}

	private static Map<String, String> facts(String json) {
		if (json == null || json.isEmpty()) {
			return Map.of();
		}
		try {
			return FACTS.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {
			});
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			return Map.of();
		}
	}

	private static String clip(String text, int max) {
		String value = text == null ? "" : text;
		return value.length() <= max ? value : value.substring(0, max);
	}
}
