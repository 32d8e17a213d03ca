package org.scorecards.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ByteArrayResource;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.scorecards.spreadsheet.CellText;
import org.scorecards.submission.Account;
import org.scorecards.submission.Adjudications;
import org.scorecards.submission.AuditTrail;
import org.scorecards.submission.CollectionStatus;
import org.scorecards.submission.Cycle;
import org.scorecards.submission.Cycles;
import org.scorecards.submission.Decisions;
import org.scorecards.submission.Publications;
import org.scorecards.submission.UploadRefused;

/**
 * The secretariat's desk: the collection at a glance with its reporting rates, filters and sort, the
 * decisions on each country's data, runs of the cycle, publication, and the audit trail.
 */
@Controller
@ConditionalOnWebApplication
class DeskPages {

	static final Map<String, Comparator<CollectionStatus.Line>> SORTS = Map.of(
			"country", Comparator.comparing(CollectionStatus.Line::name),
			"state", Comparator.comparing(CollectionStatus.Line::state),
			"submitted", Comparator.comparing(CollectionStatus.Line::lastSubmission,
					Comparator.nullsLast(Comparator.naturalOrder())),
			"errors", Comparator.comparing(CollectionStatus.Line::errors, Comparator.nullsLast(Comparator.naturalOrder())));

	static final List<String> STATES = List.of("not started", "submitted with errors", "clean", "returned", "approved");

	private final CountryAccess access;

	private final Cycles cycles;

	private final CollectionStatus status;

	private final Decisions decisions;

	private final DeskRuns runs;

	private final AuditTrail audit;

	private final Adjudications adjudications;

	private final Publications publications;

	private final PortalMessages messages;

	DeskPages(PortalMessages messages, CountryAccess access, Cycles cycles, CollectionStatus status,
			Decisions decisions, DeskRuns runs, AuditTrail audit, Adjudications adjudications,
			Publications publications) {
		this.messages = messages;
		this.publications = publications;
		this.adjudications = adjudications;
		this.access = access;
		this.cycles = cycles;
		this.status = status;
		this.decisions = decisions;
		this.runs = runs;
		this.audit = audit;
	}

	@GetMapping("/cycles/{year}")
	String desk(@PathVariable int year, @RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "sort", defaultValue = "country") String sort, Authentication authentication,
			Model model) {
		Account account = access.secretariat(authentication);
		Cycle cycle = cycles.find(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		CollectionStatus.Status collection = status.of(year);
		List<CollectionStatus.Line> lines = collection.countries().stream()
			.filter(l -> state == null || state.isEmpty() || l.state().equals(state))
			.sorted(SORTS.getOrDefault(sort, SORTS.get("country")))
			.toList();
		model.addAttribute("account", account);
		model.addAttribute("cycle", cycle);
		model.addAttribute("status", collection);
		model.addAttribute("lines", lines);
		model.addAttribute("states", STATES);
		model.addAttribute("state", state == null ? "" : state);
		model.addAttribute("sort", SORTS.containsKey(sort) ? sort : "country");
		model.addAttribute("run", runs.latest(year, collection.countries().size()));
		model.addAttribute("publications", publications.list(year));
		return "cycle";
	}

	@GetMapping("/cycles/{year}/status.xlsx")
	ResponseEntity<Resource> statusWorkbook(@PathVariable int year, Authentication authentication) throws IOException {
		Account account = access.secretariat(authentication);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StatusWorkbook.write(status.of(year), out);
		audit.record(account.email(), "download", year, null, "collection status", null, null);
		return Downloads.attachment(new ByteArrayResource(out.toByteArray()), year + "-collection-status.xlsx",
				Downloads.XLSX);
	}

	/** Opens a cycle: year, submission deadline, comment window and methodology. */
	@PostMapping("/cycles")
	String open(@RequestParam("year") int year, @RequestParam("deadline") String deadline,
			@RequestParam(name = "commentDays", defaultValue = "30") int commentDays,
			@RequestParam(name = "methodology", defaultValue = "v2") String methodology, Authentication authentication,
			RedirectAttributes redirect, Locale locale) {
		Account account = access.secretariat(authentication);
		try {
			cycles.open(year, java.time.LocalDate.parse(deadline), commentDays, methodology, account.email());
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			// Cycles words its refusals for the command line (--deadline...): the page says what the form needs.
			redirect.addFlashAttribute("problem", messages.refusal(locale, cycles.find(year).isPresent()
					? UploadRefused.because(409, "cycle-open-already", year) : UploadRefused.because(400, "cycle-form")));
			return "redirect:/";
		}
		return "redirect:/cycles/" + year;
	}

	@PostMapping("/cycles/{year}/close")
	String close(@PathVariable int year, Authentication authentication, RedirectAttributes redirect, Locale locale) {
		cycles.close(year, access.secretariat(authentication).email());
		redirect.addFlashAttribute("notice", messages.text(locale, "flash.closed", year));
		return "redirect:/cycles/" + year;
	}

	@PostMapping("/cycles/{year}/runs")
	String run(@PathVariable int year, @RequestParam(name = "country", required = false) String country,
			@RequestParam(name = "publish", defaultValue = "false") boolean publish, Authentication authentication,
			RedirectAttributes redirect, Locale locale) {
		Account account = access.secretariat(authentication);
		String iso3 = null;
		if (country != null && !country.isBlank()) {
			access.check(authentication, country);
			iso3 = CountryAccess.code(country);
		}
		try {
			runs.start(account, year, iso3, publish);
			redirect.addFlashAttribute("notice", messages.text(locale, publish ? "flash.run.publish" : "flash.run.draft"));
		}
		catch (UploadRefused ex) {
			redirect.addFlashAttribute("problem", messages.refusal(locale, ex));
		}
		return "redirect:/cycles/" + year;
	}

	/** Publishes a correction of the country after the cycle: the next version, its card printing the reason. */
	@PostMapping("/cycles/{year}/countries/{iso3}/correction")
	String correct(@PathVariable int year, @PathVariable String iso3, @RequestParam("reason") String reason,
			Authentication authentication, RedirectAttributes redirect, Locale locale) {
		access.check(authentication, iso3);
		Account account = access.secretariat(authentication);
		String code = CountryAccess.code(iso3);
		try {
			runs.correct(account, year, code, reason);
			redirect.addFlashAttribute("notice", messages.text(locale, "flash.correction", code));
		}
		catch (UploadRefused ex) {
			redirect.addFlashAttribute("problem", messages.refusal(locale, ex));
		}
		return "redirect:/cycles/" + year + "/countries/" + code;
	}

	@PostMapping("/cycles/{year}/countries/{iso3}/approval")
	String decide(@PathVariable int year, @PathVariable String iso3, @RequestParam("decision") String decision,
			@RequestParam(name = "reason", required = false) String reason, Authentication authentication,
			RedirectAttributes redirect, Locale locale) {
		access.check(authentication, iso3);
		Account account = access.secretariat(authentication);
		String code = CountryAccess.code(iso3);
		try {
			switch (decision) {
				case "approve" -> decisions.approve(account, year, code);
				case "return" -> decisions.returnSubmission(account, year, code, reason);
				case "unapprove" -> decisions.unapprove(account, year, code, reason);
				default -> throw UploadRefused.because(400, "unknown-decision", decision);
			}
			redirect.addFlashAttribute("notice", messages.text(locale, "flash.decision." + decision));
		}
		catch (UploadRefused ex) {
			redirect.addFlashAttribute("problem", messages.refusal(locale, ex));
		}
		return "redirect:/cycles/" + year + "/countries/" + code;
	}

	@PostMapping("/cycles/{year}/countries/{iso3}/adjudications")
	String adjudicate(@PathVariable int year, @PathVariable String iso3, @RequestParam("indicator") String indicator,
			@RequestParam("value") String value, @RequestParam("reason") String reason,
			@RequestParam("source") String source, Authentication authentication, RedirectAttributes redirect,
			Locale locale) {
		access.check(authentication, iso3);
		Account account = access.secretariat(authentication);
		String code = CountryAccess.code(iso3);
		try {
			adjudications.record(account, year, code, indicator, value, reason, source);
			redirect.addFlashAttribute("notice", messages.text(locale,
					cycles.find(year).map(Cycle::published).orElse(false) ? "flash.adjudication.published"
							: "flash.adjudication", indicator, value, code));
		}
		catch (UploadRefused ex) {
			redirect.addFlashAttribute("problem", messages.refusal(locale, ex));
		}
		return "redirect:/cycles/" + year + "/countries/" + code;
	}

	@GetMapping("/audit")
	String audit(Authentication authentication, Model model) {
		model.addAttribute("account", access.secretariat(authentication));
		List<AuditTrail.Event> events = new java.util.ArrayList<>(audit.events());
		java.util.Collections.reverse(events);
		model.addAttribute("events", events.subList(0, Math.min(500, events.size())));
		return "audit";
	}

	/** Every event, oldest first; text defused, so that no cell runs as a formula in a spreadsheet. */
	@GetMapping("/audit.csv")
	ResponseEntity<Resource> auditCsv(Authentication authentication) throws IOException {
		Account account = access.secretariat(authentication);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
					.setHeader("id", "at", "actor", "action", "year", "iso3", "detail", "before", "after").get())) {
			for (AuditTrail.Event e : audit.events()) {
				csv.printRecord(e.id(), e.at(), CellText.defused(e.actor()), e.action(), e.year(), e.iso3(),
						CellText.defused(e.detail()), CellText.defused(e.before()), CellText.defused(e.after()));
			}
		}
		audit.record(account.email(), "download", null, null, "audit trail", null, null);
		return Downloads.attachment(new ByteArrayResource(out.toByteArray()), "audit-trail.csv", "text/csv");
	}

}
