package org.scorecards.portal;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.scorecards.cycle.Publication;
import org.scorecards.submission.Account;
import org.scorecards.submission.Adjudications;
import org.scorecards.submission.CollectionStatus;
import org.scorecards.submission.Decisions;
import org.scorecards.submission.Publications;
import org.scorecards.submission.UploadRefused;

/** The desk for scripts: the collection's status, decisions on a country's data, runs, publications. */
@RestController
@RequestMapping("/api/cycles/{year}")
@ConditionalOnWebApplication
class DeskApi {

	record Reason(String reason) {
	}

	record Adjudicate(String indicator, String value, String reason, String source) {
	}

	private final CountryAccess access;

	private final CollectionStatus status;

	private final Decisions decisions;

	private final DeskRuns runs;

	private final Adjudications adjudications;

	private final Publications publications;

	DeskApi(CountryAccess access, CollectionStatus status, Decisions decisions, DeskRuns runs,
			Adjudications adjudications, Publications publications) {
		this.publications = publications;
		this.adjudications = adjudications;
		this.access = access;
		this.status = status;
		this.decisions = decisions;
		this.runs = runs;
	}

	@GetMapping("/status")
	CollectionStatus.Status status(@PathVariable int year, Authentication authentication) {
		access.secretariat(authentication);
		return status.of(year);
	}

	/** Approves the country's latest version, which must be clean: 201 with the decision. */
	@PostMapping("/countries/{iso3}/approval")
	ResponseEntity<Decisions.Decision> approve(@PathVariable int year, @PathVariable String iso3,
			Authentication authentication) {
		access.check(authentication, iso3);
		Account account = access.secretariat(authentication);
		return ResponseEntity.status(HttpStatus.CREATED).body(decisions.approve(account, year, CountryAccess.code(iso3)));
	}

	/** Un-approves, with a reason ({@code ?reason=} or a JSON body). */
	@DeleteMapping("/countries/{iso3}/approval")
	Decisions.Decision unapprove(@PathVariable int year, @PathVariable String iso3,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestBody(required = false) Reason body, Authentication authentication) {
		access.check(authentication, iso3);
		Account account = access.secretariat(authentication);
		return decisions.unapprove(account, year, CountryAccess.code(iso3), reason != null ? reason
				: body == null ? null : body.reason());
	}

	@PostMapping("/countries/{iso3}/return")
	Decisions.Decision returnSubmission(@PathVariable int year, @PathVariable String iso3, @RequestBody Reason body,
			Authentication authentication) {
		access.check(authentication, iso3);
		Account account = access.secretariat(authentication);
		return decisions.returnSubmission(account, year, CountryAccess.code(iso3), body.reason());
	}

	/** Records an analyst's decision on one workbook value: scoring uses it in place of the submitted one. */
	@PostMapping("/countries/{iso3}/adjudications")
	ResponseEntity<Adjudications.Adjudication> adjudicate(@PathVariable int year, @PathVariable String iso3,
			@RequestBody Adjudicate body, Authentication authentication) {
		access.check(authentication, iso3);
		Account account = access.secretariat(authentication);
		return ResponseEntity.status(HttpStatus.CREATED).body(adjudications.record(account, year,
				CountryAccess.code(iso3), body.indicator(), body.value(), body.reason(), body.source()));
	}

	/** Starts a draft run of the cycle (or {@code ?country=}), or with {@code ?publish=true} the publication. */
	@PostMapping("/runs")
	ResponseEntity<Map<String, String>> run(@PathVariable int year,
			@RequestParam(name = "country", required = false) String country,
			@RequestParam(name = "publish", defaultValue = "false") boolean publish, Authentication authentication) {
		Account account = access.secretariat(authentication);
		if (country != null) {
			access.check(authentication, country);
		}
		runs.start(account, year, country == null ? null : CountryAccess.code(country), publish);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "started"));
	}

	/**
	 * Publishes a correction of one country after the cycle, with the reason its card prints: the next
	 * published version ({@code {"reason": "..."}}).
	 */
	@PostMapping("/countries/{iso3}/corrections")
	ResponseEntity<Map<String, String>> correct(@PathVariable int year, @PathVariable String iso3,
			@RequestBody Reason body, Authentication authentication) {
		access.check(authentication, iso3);
		Account account = access.secretariat(authentication);
		runs.correct(account, year, CountryAccess.code(iso3), body.reason());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "started"));
	}

	/** Every published version, oldest first: who, when, and for a correction the country and the reason. */
	@GetMapping("/publications")
	List<Publication> publications(@PathVariable int year, Authentication authentication) {
		access.secretariat(authentication);
		return publications.list(year);
	}

	@GetMapping("/runs/latest")
	ResponseEntity<DeskRuns.Progress> latestRun(@PathVariable int year, Authentication authentication) {
		access.secretariat(authentication);
		DeskRuns.Progress progress = runs.latest(year, status.of(year).countries().size());
		return progress == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(progress);
	}

	@ExceptionHandler(UploadRefused.class)
	ResponseEntity<SubmissionApi.Problem> refused(UploadRefused ex) {
		return ResponseEntity.status(ex.status()).body(new SubmissionApi.Problem(ex.status(), ex.getMessage()));
	}
}
