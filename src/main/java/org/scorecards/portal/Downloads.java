package org.scorecards.portal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import org.scorecards.submission.Account;
import org.scorecards.submission.AuditTrail;
import org.scorecards.submission.Cycle;
import org.scorecards.submission.CycleTemplates;
import org.scorecards.submission.Cycles;
import org.scorecards.submission.SubmissionStore;
import org.scorecards.submission.SubmissionView;
import org.scorecards.submission.Submissions;
import org.scorecards.submission.SubmittedFile;

/** Files a user takes away, each download in the audit trail: templates, submitted files, validation workbooks. */
@Component
@ConditionalOnWebApplication
class Downloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Submissions submissions;

	private final SubmissionStore store;

	private final Cycles cycles;

	private final AuditTrail audit;

	private final CycleTemplates templates;

	Downloads(Submissions submissions, SubmissionStore store, Cycles cycles, AuditTrail audit,
			CycleTemplates templates) {
		this.templates = templates;
		this.submissions = submissions;
		this.store = store;
		this.cycles = cycles;
		this.audit = audit;
	}

	ResponseEntity<Resource> latestValidationWorkbook(Account account, int year, String iso3) {
		SubmissionView latest = submissions.latest(year, iso3)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return validationWorkbook(account, year, iso3, latest.version());
	}

	ResponseEntity<Resource> validationWorkbook(Account account, int year, String iso3, int version) {
		Path file = store.validationWorkbook(year, iso3, version);
		if (submissions.version(year, iso3, version).isEmpty() || !Files.isRegularFile(file)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		audit.record(account.email(), "download", year, iso3, "validation workbook of version " + version, null, null);
		return attachment(new FileSystemResource(file), iso3 + "-" + year + "-v" + version + "-validation.xlsx", XLSX);
	}

	ResponseEntity<Resource> submittedFile(Account account, int year, String iso3, int version, String name) {
		SubmittedFile role = SubmittedFile.of(name)
			.filter(r -> r.fileName().equals(name))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Path file = store.file(year, iso3, version, role);
		if (submissions.version(year, iso3, version).isEmpty() || !Files.isRegularFile(file)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		audit.record(account.email(), "download", year, iso3, role.fileName() + " of version " + version, null, null);
		return attachment(new FileSystemResource(file), iso3 + "-" + year + "-v" + version + "-" + role.fileName(),
				role == SubmittedFile.INDICATORS ? XLSX : "text/csv");
	}

	ResponseEntity<Resource> scorecard(Account account, int year, String iso3, Path file) {
		audit.record(account.email(), "download", year, iso3, "scorecard", null, null);
		return attachment(new FileSystemResource(file), iso3 + "-" + year + "-scorecard.pdf", "application/pdf");
	}

	/** The country's pre-filled workbook, stored when the cycle opened. */
	ResponseEntity<Resource> template(Account account, int year, String iso3) {
		Cycle cycle = cycles.find(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Path file = templates.stored(cycle, iso3);
		if (!Files.isRegularFile(file)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		audit.record(account.email(), "download", year, iso3, "template", null, null);
		return attachment(new FileSystemResource(file), iso3 + "-" + year + "-" + SubmittedFile.INDICATORS.fileName(),
				XLSX);
	}

	static ResponseEntity<Resource> attachment(Resource resource, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(resource);
	}
}
