package org.scorecards.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import org.scorecards.cycle.ManifestCheck;
import org.scorecards.cycle.Publication;
import org.scorecards.submission.Account;
import org.scorecards.submission.Accounts;
import org.scorecards.submission.AuditTrail;
import org.scorecards.submission.Cycle;
import org.scorecards.submission.Cycles;
import org.scorecards.submission.Publications;
import org.scorecards.submission.Role;
import org.scorecards.submission.Submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat's cycle as a story over the API: two countries submit (one with errors, then clean, one
 * late), the rates follow, approval locks, return and un-approval carry a reason, a draft run marks every
 * card DRAFT, publication renders them final, records who and when in the manifest and freezes the cycle, a
 * correction is the next published version with an errata line on the card, the secretariat may upload on a
 * country's behalf and the audit trail names it, and the audit trail only grows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = { PortalFixture.WEB, PortalFixture.FLYWAY })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecretariatDeskTest {

	static final Path root = PortalFixture.create("secretariat-desk");

	static final String SECRETARIAT = "sec@example.org";

	@DynamicPropertySource
	static void portal(DynamicPropertyRegistry registry) {
		PortalFixture.properties(registry, root);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Cycles cycles;

	@Autowired
	Submissions submissions;

	@Autowired
	AuditTrail audit;

	@Autowired
	Publications publications;

	Account xaa;

	@BeforeAll
	void accountsAndTheCycle() {
		xaa = accounts.add("fp@xaa.example", PortalFixture.PASSWORD, Role.FOCAL_POINT, "XAA", "test");
		accounts.add("fp@xab.example", PortalFixture.PASSWORD, Role.FOCAL_POINT, "XAB", "test");
		accounts.add(SECRETARIAT, PortalFixture.PASSWORD, Role.SECRETARIAT, null, "test");
		// the deadline is in the past: every submission of the test is late
		cycles.open(2025, LocalDate.of(2026, 3, 31), 30, "v2", "test");
	}

	@Test
	@Order(1)
	void theRatesFollowTheSubmissions() throws Exception {
		// XAA first sends a victims file with an error, then the whole clean submission
		byte[] victims = Files.readAllBytes(Path.of("input/2025/XAA/victims.csv"));
		byte[] broken = (new String(victims) + "V-bad,2025-13-01,female,adult,XAA,sexual,police,yes,not_applicable\n").getBytes();
		mvc.perform(multipart("/api/cycles/2025/countries/XAA/submissions")
			.file(new MockMultipartFile("victims.csv", "victims.csv", "text/csv", broken))
			.with(httpBasic("fp@xaa.example", PortalFixture.PASSWORD))).andExpect(status().isCreated());
		mvc.perform(get("/api/cycles/2025/status").with(secretariat()))
			.andExpect(jsonPath("$.countries[?(@.iso3 == 'XAA')].state").value("submitted with errors"))
			.andExpect(jsonPath("$.completeness").value(0.0));
		submitAll("XAA", xaa);
		// 10 countries in the cycle, XAA clean but late: completeness 10 %, timeliness 0 %
		mvc.perform(get("/api/cycles/2025/status").with(secretariat()))
			.andExpect(jsonPath("$.countries[?(@.iso3 == 'XAA')].state").value("clean"))
			.andExpect(jsonPath("$.countries[?(@.iso3 == 'XAA')].onTime").value(false))
			.andExpect(jsonPath("$.countries[?(@.iso3 == 'XAB')].state").value("not started"))
			.andExpect(jsonPath("$.completeness").value(10.0))
			.andExpect(jsonPath("$.timeliness").value(0.0));
		// a focal point does not see the desk
		mvc.perform(get("/api/cycles/2025/status").with(httpBasic("fp@xaa.example", PortalFixture.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	@Order(2)
	void approvalLocksTheDataUntilUnapprovedWithAReason() throws Exception {
		mvc.perform(post("/api/cycles/2025/countries/XAA/approval").with(secretariat()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("approved"));
		mvc.perform(multipart("/api/cycles/2025/countries/XAA/submissions")
			.file(new MockMultipartFile("victims.csv", "victims.csv", "text/csv",
					Files.readAllBytes(Path.of("input/2025/XAA/victims.csv"))))
			.with(httpBasic("fp@xaa.example", PortalFixture.PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("the data of XAA for 2025 are approved and locked: ask the "
					+ "secretariat to un-approve them before sending a correction"));
		mvc.perform(get("/api/cycles/2025/status").with(secretariat()))
			.andExpect(jsonPath("$.countries[?(@.iso3 == 'XAA')].state").value("approved"));
		mvc.perform(delete("/api/cycles/2025/countries/XAA/approval").with(secretariat()))
			.andExpect(status().isBadRequest());
		mvc.perform(delete("/api/cycles/2025/countries/XAA/approval").param("reason", "PV.3 must be re-checked")
			.with(secretariat())).andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("unapproved"));
		mvc.perform(post("/api/cycles/2025/countries/XAA/return").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Please confirm the labour inspections count (PV.3).\"}").with(secretariat()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/cycles/2025/status").with(secretariat()))
			.andExpect(jsonPath("$.countries[?(@.iso3 == 'XAA')].state").value("returned"))
			.andExpect(jsonPath("$.countries[?(@.iso3 == 'XAA')].reason").value("Please confirm the labour inspections count (PV.3)."));
		// the focal point reads the reason on their page
		String page = mvc.perform(get("/cycles/2025/countries/XAA").with(httpBasic("fp@xaa.example", PortalFixture.PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Please confirm the labour inspections count (PV.3).");
		// an error-ridden submission cannot be approved
		mvc.perform(post("/api/cycles/2025/countries/XAB/approval").with(secretariat())).andExpect(status().isConflict());
	}

	@Test
	@Order(3)
	void theSecretariatUploadsOnBehalfOfACountryAndTheTrailNamesWhoSentIt() throws Exception {
		var upload = multipart("/api/cycles/2025/countries/XAB/submissions");
		for (var file : PortalFixture.uploads(Path.of("input/2025/XAB"))) {
			upload.file(new MockMultipartFile(file.name(), file.name(), "application/octet-stream",
					file.content().open().readAllBytes()));
		}
		mvc.perform(upload.with(secretariat()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.submittedBy").value(SECRETARIAT));
		assertThat(audit.events()).filteredOn(e -> e.action().equals("upload") && "XAB".equals(e.iso3()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.actor()).isEqualTo(SECRETARIAT);
				assertThat(e.detail()).startsWith("version 1, sent by the secretariat on behalf of XAB: ");
			});
	}

	@Test
	@Order(4)
	void aDraftRunMarksEveryCardDraftAndPublicationRendersThemFinal() throws Exception {
		mvc.perform(post("/api/cycles/2025/runs").param("country", "XAA").with(secretariat()))
			.andExpect(status().isAccepted());
		awaitRun("COMPLETED");
		assertThat(mvc.perform(get("/cycles/2025").with(secretariat())).andReturn().getResponse().getContentAsString())
			.contains("(completed): ");
		Path card = root.resolve("output/2025/XAA/XAA-2025-scorecard.pdf");
		assertThat(text(card)).contains("DRAFT");
		// the draft is offered: the focal point downloads it and comments within the window
		mvc.perform(get("/cycles/2025/countries/XAA/scorecard.pdf").with(httpBasic("fp@xaa.example",
				PortalFixture.PASSWORD))).andExpect(status().isOk());
		mvc.perform(post("/cycles/2025/countries/XAA/comments").param("text", "The plan for 2026 is adopted.")
			.with(httpBasic("fp@xaa.example", PortalFixture.PASSWORD)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// an analyst's decision on one value, which scoring uses in place of the submitted one
		mvc.perform(post("/api/cycles/2025/countries/XAA/adjudications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"indicator\": \"PV.2\", \"value\": \"5\", \"reason\": \"Two campaigns were left out\", "
					+ "\"source\": \"Ministry report 2025, p. 4\"}").with(secretariat()))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/cycles/2025/runs").param("publish", "true").with(secretariat()))
			.andExpect(status().isAccepted());
		awaitPublished();
		String published = text(card).replaceAll("\\s+", " ");
		assertThat(published).doesNotContain("DRAFT")
			.contains("Comments of the government of")
			.contains("The plan for 2026 is adopted.")
			.contains("PV.2 is scored as 5, an adjudication by sec@example.org");
		assertThat(Files.readString(root.resolve("output/2025/summary/2025-scores.csv")))
			.contains("XAA,2025,indicator,PV.2,5.0000,100.0000");
		Cycle cycle = cycles.find(2025).orElseThrow();
		assertThat(cycle.publishedBy()).isEqualTo(SECRETARIAT);
		mvc.perform(post("/api/cycles/2025/runs").with(secretariat())).andExpect(status().isConflict());
		// who and when, as recorded, in the published manifest; the tree verifies against it
		JsonNode manifest = new ObjectMapper().readTree(root.resolve("output/2025/manifest.json").toFile());
		assertThat(manifest.at("/publication/version").asInt()).isEqualTo(1);
		assertThat(manifest.at("/publication/published_by").asText()).isEqualTo(SECRETARIAT);
		assertThat(Instant.parse(manifest.at("/publication/published_at").asText())).isEqualTo(cycle.publishedAt());
		assertThat(ManifestCheck.verify(root.resolve("output/2025"))).isEmpty();
		assertThat(mvc.perform(get("/cycles/2025").with(secretariat())).andReturn().getResponse().getContentAsString())
			.contains("Version 1, published on");
	}

	@Test
	@Order(5)
	void aCorrectionAfterPublicationIsTheNextVersionWithAnErrataLineAndKeepsTheEarlierOne() throws Exception {
		// the cycle is frozen: no upload, unless the secretariat reopens the country for a correction
		mvc.perform(xaaVictims()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("the cycle 2025 is closed for submissions"));
		mvc.perform(post("/api/cycles/2025/countries/XAA/approval").with(secretariat())).andExpect(status().isCreated());
		mvc.perform(delete("/api/cycles/2025/countries/XAA/approval").param("reason", "December's victims are missing")
			.with(secretariat())).andExpect(status().isOk());
		mvc.perform(xaaVictims()).andExpect(status().isCreated());
		mvc.perform(post("/api/cycles/2025/countries/XAA/corrections").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"too early\"}").with(secretariat()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("the data of XAA are un-approved for a correction: approve the "
					+ "corrected version before publishing it"));
		mvc.perform(post("/api/cycles/2025/countries/XAA/approval").with(secretariat())).andExpect(status().isCreated());
		String v1 = Files.readString(root.resolve("output/2025/manifest.json"));

		mvc.perform(post("/api/cycles/2025/countries/XAA/corrections").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Victims identified in December 2025 were added.\"}").with(secretariat()))
			.andExpect(status().isAccepted());
		Publication correction = awaitVersion(2);

		assertThat(correction.country()).isEqualTo("XAA");
		mvc.perform(get("/api/cycles/2025/publications").with(secretariat()))
			.andExpect(jsonPath("$[0].version").value(1))
			.andExpect(jsonPath("$[1].country").value("XAA"))
			.andExpect(jsonPath("$[1].reason").value("Victims identified in December 2025 were added."));
		String date = LocalDate.ofInstant(correction.publishedAt(), ZoneOffset.UTC)
			.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
		assertThat(text(root.resolve("output/2025/XAA/XAA-2025-scorecard.pdf")).replaceAll("\\s+", " "))
			.contains("Corrected on " + date + " (version 2): Victims identified in December 2025 were added.")
			.doesNotContain("DRAFT");
		assertThat(text(root.resolve("output/2025/XAB/XAB-2025-scorecard.pdf"))).doesNotContain("Corrected on");
		JsonNode manifest = new ObjectMapper().readTree(root.resolve("output/2025/manifest.json").toFile());
		assertThat(manifest.at("/publication/version").asInt()).isEqualTo(2);
		assertThat(manifest.at("/publication/country").asText()).isEqualTo("XAA");
		assertThat(Instant.parse(manifest.at("/publication/published_at").asText())).isEqualTo(correction.publishedAt());
		assertThat(manifest.at("/earlier_publications/0/version").asInt()).isEqualTo(1);
		assertThat(ManifestCheck.verify(root.resolve("output/2025"))).isEmpty();
		// version 1 is kept as it was published, and still verifies
		Path kept = root.resolve("state/publications/2025/v1/2025");
		assertThat(Files.readString(kept.resolve("manifest.json"))).isEqualTo(v1);
		assertThat(ManifestCheck.verify(kept)).isEmpty();
		assertThat(text(kept.resolve("XAA/XAA-2025-scorecard.pdf"))).doesNotContain("Corrected on");
		assertThat(audit.events()).extracting(AuditTrail.Event::action).contains("cycle.correct");
		// the other country's focal point sees nothing of it
		String xab = mvc.perform(get("/cycles/2025/countries/XAB").with(httpBasic("fp@xab.example", PortalFixture.PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		assertThat(xab).doesNotContain("December 2025").doesNotContain("XAA");
	}

	@Test
	@Order(6)
	void theAuditTrailHasNoWayToChangeOrRemoveARow() throws Exception {
		int before = audit.events().size();
		assertThat(audit.events()).extracting(AuditTrail.Event::action)
			.contains("upload", "decision.approved", "decision.unapproved", "decision.returned", "run.start",
					"run.publish", "cycle.publish");
		for (var request : List.of(delete("/audit"), put("/audit"), patch("/audit"), post("/audit"),
				delete("/audit.csv"), delete("/api/audit"))) {
			int code = mvc.perform(request.with(secretariat()).with(csrf())).andReturn().getResponse().getStatus();
			assertThat(code).isIn(403, 404, 405);
		}
		String csv = mvc.perform(get("/audit.csv").with(secretariat())).andReturn().getResponse().getContentAsString();
		assertThat(csv).startsWith("id,at,actor,action,year,iso3,detail,before,after");
		assertThat(audit.events().size()).isGreaterThanOrEqualTo(before);
	}

	private org.springframework.test.web.servlet.RequestBuilder xaaVictims() throws IOException {
		return multipart("/api/cycles/2025/countries/XAA/submissions")
			.file(new MockMultipartFile("victims.csv", "victims.csv", "text/csv",
					Files.readAllBytes(Path.of("input/2025/XAA/victims.csv"))))
			.with(httpBasic("fp@xaa.example", PortalFixture.PASSWORD));
	}

	private Publication awaitVersion(int version) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < until && publications.list(2025).size() < version) {
			Thread.sleep(200);
		}
		assertThat(publications.list(2025)).as("version %d published within 3 minutes", version).hasSize(version);
		return publications.list(2025).get(version - 1);
	}

	private void submitAll(String iso3, Account account) throws IOException {
		// the demo's files: the portal's own input tree holds the latest version, whatever it was
		submissions.submit(account, 2025, iso3, PortalFixture.uploads(Path.of("input/2025/" + iso3)));
	}

	private void awaitRun(String status) throws Exception {
		long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		String seen = "";
		while (System.nanoTime() < until) {
			seen = mvc.perform(get("/api/cycles/2025/runs/latest").with(secretariat())).andReturn().getResponse()
				.getContentAsString();
			if (seen.contains("\"status\":\"" + status + "\"")) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the run did not reach " + status + ": " + seen);
	}

	private void awaitPublished() throws InterruptedException {
		long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < until && !cycles.find(2025).orElseThrow().published()) {
			Thread.sleep(200);
		}
		assertThat(cycles.find(2025).orElseThrow().published()).as("published within 3 minutes").isTrue();
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor secretariat() {
		return httpBasic(SECRETARIAT, PortalFixture.PASSWORD);
	}
}
