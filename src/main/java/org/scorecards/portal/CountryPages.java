package org.scorecards.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.methodology.Terms;
import org.scorecards.OutputTree;
import org.scorecards.submission.Account;
import org.scorecards.submission.Adjudications;
import org.scorecards.submission.Cycle;
import org.scorecards.submission.Cycles;
import org.scorecards.submission.Decisions;
import org.scorecards.submission.GovernmentComments;
import org.scorecards.submission.Role;
import org.scorecards.submission.SubmissionStore;
import org.scorecards.submission.SubmissionView;
import org.scorecards.submission.Submissions;
import org.scorecards.submission.UploadRefused;
import org.scorecards.validation.Finding;

/**
 * The focal point's pages: the open cycle and its deadline, the template, the upload form, the findings of
 * the latest version as a sortable table, the state per file and every earlier version.
 */
@Controller
@ConditionalOnWebApplication
class CountryPages {

	/** The columns the findings table sorts by, as named in the links of its header. */
	static final Map<String, Comparator<Finding>> SORTS = Map.of(
			"severity", Comparator.comparing((Finding f) -> f.severity().ordinal()),
			"file", Comparator.comparing(Finding::file), "location", Comparator.comparing(Finding::location),
			"rule", Comparator.comparing(Finding::rule), "value", Comparator.comparing(Finding::value),
			"message", Comparator.comparing(Finding::message));

	private final CountryAccess access;

	private final Cycles cycles;

	private final Submissions submissions;

	private final SubmissionStore store;

	private final Downloads downloads;

	private final Clock clock;

	private final Decisions decisions;

	private final Adjudications adjudications;

	private final GovernmentComments comments;

	private final OutputTree output;

	private final PortalMessages messages;

	CountryPages(PortalMessages messages, Decisions decisions, Adjudications adjudications, GovernmentComments comments,
			@org.springframework.beans.factory.annotation.Value("${scorecards.output:output}") java.nio.file.Path output, CountryAccess access, Cycles cycles, Submissions submissions, SubmissionStore store,
			Downloads downloads, Clock clock) {
		this.access = access;
		this.cycles = cycles;
		this.submissions = submissions;
		this.store = store;
		this.downloads = downloads;
		this.clock = clock;
		this.decisions = decisions;
		this.adjudications = adjudications;
		this.comments = comments;
		this.output = new OutputTree(output);
		this.messages = messages;
	}

	/** The country's scorecard as the last run wrote it: a draft, watermarked, until the cycle is published. */
	@GetMapping("/cycles/{year}/countries/{iso3}/scorecard.pdf")
	ResponseEntity<Resource> scorecard(@PathVariable int year, @PathVariable String iso3, Authentication authentication) {
		Account account = access.check(authentication, iso3);
		String code = CountryAccess.code(iso3);
		java.nio.file.Path file = output.countryFile(year, code, "scorecard", "pdf");
		if (!java.nio.file.Files.isRegularFile(file)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return downloads.scorecard(account, year, code, file);
	}

	@PostMapping("/cycles/{year}/countries/{iso3}/comments")
	String comment(@PathVariable int year, @PathVariable String iso3, @RequestParam("text") String text,
			Authentication authentication, RedirectAttributes redirect, Locale locale) {
		Account account = access.check(authentication, iso3);
		String code = CountryAccess.code(iso3);
		try {
			comments.write(account, year, code, text);
			redirect.addFlashAttribute("notice", messages.text(locale, "flash.comments"));
		}
		catch (UploadRefused ex) {
			redirect.addFlashAttribute("problem", messages.refusal(locale, ex));
		}
		return "redirect:/cycles/" + year + "/countries/" + code;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/**
	 * A focal point goes to their country in the open cycle, else in the newest one; the secretariat to the
	 * list of countries of the open cycle, else to the form that opens the next.
	 */
	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		Account account = access.account(authentication);
		Optional<Cycle> cycle = cycles.current();
		if (cycle.isEmpty() && account.role() == Role.FOCAL_POINT) {
			// Once the cycle is closed or published, its page keeps the country's documents and the scorecard.
			cycle = cycles.latest();
		}
		if (cycle.isEmpty()) {
			model.addAttribute("account", account);
			model.addAttribute("latest", cycles.latest().orElse(null));
			return "no-cycle";
		}
		if (account.role() == Role.FOCAL_POINT) {
			return "redirect:/cycles/" + cycle.get().year() + "/countries/" + account.country();
		}
		return "redirect:/cycles/" + cycle.get().year();
	}

	@GetMapping("/cycles/{year}/countries/{iso3}")
	String country(@PathVariable int year, @PathVariable String iso3,
			@RequestParam(name = "sort", defaultValue = "severity") String sort,
			@RequestParam(name = "order", defaultValue = "ascending") String order, Authentication authentication,
			Model model, Locale locale) {
		Account account = access.check(authentication, iso3);
		String code = CountryAccess.code(iso3);
		Cycle cycle = cycles.find(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<SubmissionView> latest = submissions.latest(year, code);
		Comparator<Finding> chosen = SORTS.getOrDefault(sort, SORTS.get("severity"));
		Comparator<Finding> comparator = "descending".equals(order) ? chosen.reversed() : chosen;
		List<Finding> findings = latest.map(v -> v.findings().stream().sorted(comparator).toList()).orElse(List.of());
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		model.addAttribute("account", account);
		model.addAttribute("cycle", cycle);
		model.addAttribute("late", today.isAfter(cycle.deadline()));
		model.addAttribute("country", store.reference().country(code).orElseThrow());
		model.addAttribute("latest", latest.orElse(null));
		model.addAttribute("findings", findings);
		model.addAttribute("sort", SORTS.containsKey(sort) ? sort : "severity");
		model.addAttribute("order", "descending".equals(order) ? "descending" : "ascending");
		model.addAttribute("versions", submissions.versions(year, code));
		model.addAttribute("decision", decisions.latest(year, code).orElse(null));
		model.addAttribute("reopened", decisions.reopenedForCorrection(cycle, code));
		model.addAttribute("adjudications", adjudications.list(year, code));
		model.addAttribute("comment", comments.latest(year, code).orElse(null));
		model.addAttribute("commentOpen", cycle.commentWindowOpen(clock.instant()));
		model.addAttribute("draft", cycle.draftsOfferedAt() != null
				&& java.nio.file.Files.isRegularFile(output.countryFile(year, code, "scorecard", "pdf")));
		model.addAttribute("workbookItems", MethodologyLoader.bundled().workbook());
		model.addAttribute("terms", Terms.of(PortalLanguage.of(locale)));
		// Words a finding in the page's language when it carries its facts; else as the catalogue wrote it.
		model.addAttribute("catalogue", submissions.catalogue());
		return "country";
	}

	@PostMapping("/cycles/{year}/countries/{iso3}/submissions")
	String submit(@PathVariable int year, @PathVariable String iso3,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication authentication,
			RedirectAttributes redirect, Locale locale) {
		Account account = access.check(authentication, iso3);
		String code = CountryAccess.code(iso3);
		try {
			SubmissionView view = submissions.submit(account, year, code, Uploads.byFileName(files == null ? List.of() : files));
			PageFormats formats = messages.formats(locale);
			redirect.addFlashAttribute("notice", messages.text(locale,
					view.errors() > 0 ? "flash.received.errors" : "flash.received", view.version(),
					formats.count("count.errors", view.errors()), formats.count("count.warnings", view.warnings())));
			// Received, but not accepted: the notice must not look like a success.
			redirect.addFlashAttribute("noticeErrors", view.errors() > 0);
		}
		catch (UploadRefused ex) {
			redirect.addFlashAttribute("problem", messages.refusal(locale, ex));
		}
		return "redirect:/cycles/" + year + "/countries/" + code;
	}

	@GetMapping("/cycles/{year}/countries/{iso3}/template.xlsx")
	ResponseEntity<Resource> template(@PathVariable int year, @PathVariable String iso3, Authentication authentication) {
		Account account = access.check(authentication, iso3);
		return downloads.template(account, year, CountryAccess.code(iso3));
	}

	@GetMapping("/cycles/{year}/countries/{iso3}/validation.xlsx")
	ResponseEntity<Resource> validationWorkbook(@PathVariable int year, @PathVariable String iso3,
			Authentication authentication) {
		Account account = access.check(authentication, iso3);
		return downloads.latestValidationWorkbook(account, year, CountryAccess.code(iso3));
	}

	@GetMapping("/cycles/{year}/countries/{iso3}/submissions/{version}/validation.xlsx")
	ResponseEntity<Resource> versionValidationWorkbook(@PathVariable int year, @PathVariable String iso3,
			@PathVariable int version, Authentication authentication) {
		Account account = access.check(authentication, iso3);
		return downloads.validationWorkbook(account, year, CountryAccess.code(iso3), version);
	}

	@GetMapping("/cycles/{year}/countries/{iso3}/submissions/{version}/files/{name}")
	ResponseEntity<Resource> submittedFile(@PathVariable int year, @PathVariable String iso3, @PathVariable int version,
			@PathVariable String name, Authentication authentication) {
		Account account = access.check(authentication, iso3);
		return downloads.submittedFile(account, year, CountryAccess.code(iso3), version, name);
	}
}
