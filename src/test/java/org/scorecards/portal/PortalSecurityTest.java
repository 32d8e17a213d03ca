package org.scorecards.portal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.scorecards.cycle.CountryCheck;
import org.scorecards.intake.CsvRules;
import org.scorecards.intake.InputTree;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.ReferenceDataLoader;
import org.scorecards.submission.Account;
import org.scorecards.submission.Accounts;
import org.scorecards.submission.AuditTrail;
import org.scorecards.submission.Cycles;
import org.scorecards.submission.Role;
import org.scorecards.submission.Submissions;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The portal as a guesser, a forger and a hostile uploader would try it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { PortalFixture.WEB, PortalFixture.FLYWAY })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSecurityTest {

	static final Path root = PortalFixture.create("portal-security");

	static final String XAA = "fp@xaa.example";

	static final String XAB = "fp@xab.example";

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
	RequestMappingHandlerMapping mapping;

	@LocalServerPort
	int port;

	String xabVictimsSha256;

	@BeforeAll
	void accountsACycleAndASubmissionOfXab() throws IOException {
		accounts.add(XAA, PortalFixture.PASSWORD, Role.FOCAL_POINT, "XAA", "test");
		Account xab = accounts.add(XAB, PortalFixture.PASSWORD, Role.FOCAL_POINT, "XAB", "test");
		accounts.add("sec@example.org", PortalFixture.PASSWORD, Role.SECRETARIAT, null, "test");
		cycles.open(2025, LocalDate.of(2026, 3, 31), "test");
		xabVictimsSha256 = submissions.submit(xab, 2025, "XAB", PortalFixture.uploads(root.resolve("input/2025/XAB")))
			.files()
			.stream()
			.filter(f -> f.name().equals("victims.csv")).findFirst().orElseThrow().sha256();
	}

	/**
	 * Every route the application maps that names a country, walked as XAA's focal point against XAB: each
	 * answers 403 or 404 and shows nothing of XAB's, whatever the method.
	 */
	@Test
	void aFocalPointReachesNothingOfAnotherCountryWhateverTheRoute() throws Exception {
		List<String> walked = new ArrayList<>();
		int xabVersions = submissions.versions(2025, "XAB").size();
		for (var entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.contains("{iso3}")) {
					continue;
				}
				String url = pattern.replace("{year}", "2025").replace("{iso3}", "XAB").replace("{version}", "1")
					.replace("{name}", "victims.csv");
				Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
					for (boolean basic : new boolean[] { true, false }) {
						var who = basic ? httpBasic(XAA, PortalFixture.PASSWORD) : user(XAA).roles("FOCAL_POINT");
						List<MvcResult> results = new ArrayList<>();
						if (method.name().equals("POST")) {
							// a form's body and a script's JSON body: a route may refuse the one it does not take (400, 415), never serve it
							results.add(mvc.perform(multipart(url).file(new MockMultipartFile("victims.csv", "victims.csv",
									"text/csv", "victim_ref\n".getBytes(StandardCharsets.UTF_8))).param("decision", "approve")
								.param("reason", "x").param("indicator", "PV.1").param("value", "yes").param("source", "x").param("text", "x")
								.with(csrf()).with(who)).andReturn());
							results.add(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
								.contentType("application/json")
								.content("{\"reason\":\"x\",\"indicator\":\"PV.1\",\"value\":\"yes\",\"source\":\"x\"}")
								.with(csrf()).with(who)).andReturn());
						}
						else {
							results.add(mvc.perform(request(HttpMethod.valueOf(method.name()), url).param("reason", "x")
								.with(csrf()).with(who)).andReturn());
						}
						for (MvcResult result : results) {
							assertThat(result.getResponse().getStatus()).as(method + " " + url).isIn(400, 403, 404, 415);
							assertThat(result.getResponse().getContentAsString()).doesNotContain(xabVictimsSha256);
						}
						assertThat(results).as(method + " " + url)
							.anySatisfy(r -> assertThat(r.getResponse().getStatus()).isIn(403, 404));
						walked.add(method + " " + pattern);
					}
				}
			}
		}
		// The page, the upload, the template, the downloads, the decisions, and the API's routes, each tried twice.
		assertThat(walked).hasSizeGreaterThanOrEqualTo(2 * 14);
		// the secretariat's desk does not exist for a focal point
		for (String url : List.of("/cycles/2025", "/cycles/2025/status.xlsx", "/audit", "/audit.csv",
				"/api/cycles/2025/status", "/api/cycles/2025/runs/latest")) {
			assertThat(mvc.perform(get(url).with(httpBasic(XAA, PortalFixture.PASSWORD))).andReturn().getResponse()
				.getStatus()).as(url).isEqualTo(404);
		}
		assertThat(submissions.versions(2025, "XAB")).hasSize(xabVersions);
		// the same routes serve XAB's own focal point and the secretariat
		mvc.perform(get("/api/cycles/2025/countries/XAB/submissions/latest").with(httpBasic(XAB, PortalFixture.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/cycles/2025/countries/XAB/submissions").with(httpBasic("sec@example.org",
				PortalFixture.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aCountryThatIsNotOfTheCycleOrNotACodeIsNotFoundEvenForTheSecretariat() throws Exception {
		for (String iso3 : new String[] { "XZZ", "..", "XA%2F", "xab%00" }) {
			int code = mvc.perform(get("/api/cycles/2025/countries/" + iso3 + "/submissions")
				.with(httpBasic("sec@example.org", PortalFixture.PASSWORD))).andReturn().getResponse().getStatus();
			assertThat(code).as(iso3).isIn(400, 404);
		}
	}

	@Test
	void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
		mvc.perform(multipart("/cycles/2025/countries/XAA/submissions")
			.file(new MockMultipartFile("files", "victims.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8)))
			.with(user(XAA).roles("FOCAL_POINT"))).andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
			.param("username", XAA)
			.param("password", PortalFixture.PASSWORD)).andExpect(status().isForbidden());
	}

	@Test
	void fiveFailedLoginsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
		String email = "locked@xaa.example";
		accounts.add(email, PortalFixture.PASSWORD, Role.FOCAL_POINT, "XAA", "test");
		for (int i = 0; i < Accounts.MAX_FAILED_LOGINS; i++) {
			mvc.perform(formLogin("/login").user(email).password("wrong password " + i))
				.andExpect(redirectedUrl("/login?failed"));
		}
		mvc.perform(formLogin("/login").user(email).password(PortalFixture.PASSWORD))
			.andExpect(redirectedUrl("/login?failed"));
		mvc.perform(get("/api/cycles/2025/countries/XAA/submissions").with(httpBasic(email, PortalFixture.PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(audit.events()).filteredOn(e -> e.actor().equals(email) && e.action().equals("login.failed"))
			.hasSize(Accounts.MAX_FAILED_LOGINS)
			.last()
			.satisfies(e -> assertThat(e.after()).startsWith("locked until"));
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", PortalSecurity.CSP))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
	}

	@Test
	void theSessionCookieIsHttpOnlySecureAndSameSiteStrict() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
			.findFirst().orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Strict");
	}

	/** The server answers before reading the body: nothing of it is stored. */
	@Test
	void anUploadAboveTheCatalogueLimitIsRefusedBeforeItsBodyIsRead() throws Exception {
		int versions = submissions.versions(2025, "XAA").size();
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/cycles/2025/countries/XAA/submissions HTTP/1.1\r\nHost: localhost\r\n"
					+ "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString((XAA + ":" + PortalFixture.PASSWORD)
						.getBytes(StandardCharsets.UTF_8))
					+ "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 99999999999\r\n\r\n--x\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
			assertThat(statusLine).isEqualTo("HTTP/1.1 413");
		}
		assertThat(submissions.versions(2025, "XAA")).hasSize(versions);
	}

	@Test
	void aFileNameIsNeverAPath() throws Exception {
		mvc.perform(multipart("/api/cycles/2025/countries/XAB/submissions")
			.file(new MockMultipartFile("../../../../etc/victims.csv", "../../../../etc/victims.csv", "text/csv",
					Files.readAllBytes(root.resolve("input/2025/XAB/victims.csv"))))
			.with(httpBasic(XAB, PortalFixture.PASSWORD))).andExpect(status().isCreated());
		assertThat(root.resolve("etc")).doesNotExist();
		assertThat(root.resolve("state/submissions/2025/XAB/v2/victims.csv")).isRegularFile();
		mvc.perform(multipart("/api/cycles/2025/countries/XAB/submissions")
			.file(new MockMultipartFile("notes.txt", "notes.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic(XAB, PortalFixture.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.message")
				.value("cannot tell which file 'notes.txt' is: name it indicators.xlsx, victims.csv, prosecutions.csv, "
						+ "funding.csv or training.csv"));
	}

	/** A hostile workbook gets the findings the command line gives for the same bytes, and the server carries on. */
	@Test
	void hostileWorkbooksGetTheFindingsTheCommandLineGives() throws Exception {
		byte[] workbook = Files.readAllBytes(root.resolve("input/2025/XAA/indicators.xlsx"));
		List<byte[]> hostile = List.of(Files.readAllBytes(root.resolve("input/2025/XAA/victims.csv")),
				encrypted(workbook), withEntity(workbook), bomb(workbook));
		for (byte[] bytes : hostile) {
			MvcResult result = mvc.perform(multipart("/api/cycles/2025/countries/XAA/submissions")
				.file(new MockMultipartFile("indicators.xlsx", "indicators.xlsx", Downloads.XLSX, bytes))
				.with(httpBasic(XAA, PortalFixture.PASSWORD))).andExpect(status().isCreated()).andReturn();
			int version = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.version");
			Path folder = root.resolve("state/submissions/2025/XAA/v" + version);
			List<Finding> expected = new CountryCheck(new InputTree(root.resolve("input")), 2025, LocalDate.now(),
					MethodologyLoader.bundled(), ReferenceDataLoader.load(root.resolve("input/reference")),
					RuleCatalogue.bundled(), CsvRules.bundled()).check("XAA", folder).findings();
			List<Finding> shown = submissions.version(2025, "XAA", version).orElseThrow().findings();
			assertThat(shown).isEqualTo(expected);
			assertThat(shown).filteredOn(f -> f.file().equals("indicators.xlsx")).isNotEmpty()
				.allSatisfy(f -> assertThat(f.message()).doesNotContain("Exception").doesNotContain(root.toString()));
		}
		mvc.perform(get("/api/cycles/2025/countries/XAA/submissions").with(httpBasic(XAA, PortalFixture.PASSWORD)))
			.andExpect(status().isOk());
	}

	private static byte[] encrypted(byte[] plain) throws Exception {
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword("secret");
		ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(plain);
			}
			fs.writeFilesystem(encrypted);
		}
		return encrypted.toByteArray();
	}

	/** An external entity that would read /etc/passwd, declared in the workbook's own parts list. */
	private static byte[] withEntity(byte[] workbook) throws IOException {
		return rewrite(workbook, "[Content_Types].xml", xml -> xml.replaceFirst("\\?>",
				"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>").getBytes(StandardCharsets.UTF_8));
	}

	/** 200 MB of blanks in a sheet's XML, a few hundred kilobytes deflated. */
	private static byte[] bomb(byte[] workbook) throws IOException {
		return rewrite(workbook, "xl/worksheets/sheet2.xml", xml -> {
			int at = xml.indexOf("<sheetData");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
			byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < 200; i++) {
				out.writeBytes(blanks);
			}
			out.writeBytes(xml.substring(at).getBytes(StandardCharsets.UTF_8));
			return out.toByteArray();
		});
	}

	private static byte[] rewrite(byte[] zip, String name, java.util.function.Function<String, byte[]> change)
			throws IOException {
		ByteArrayOutputStream result = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(result)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				byte[] bytes = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(name) ? change.apply(new String(bytes, StandardCharsets.UTF_8)) : bytes);
				out.closeEntry();
			}
		}
		return result.toByteArray();
	}
}
