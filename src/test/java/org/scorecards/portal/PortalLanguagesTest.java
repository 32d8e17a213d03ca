package org.scorecards.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import org.scorecards.submission.Account;
import org.scorecards.submission.Accounts;
import org.scorecards.submission.Cycles;
import org.scorecards.submission.Role;
import org.scorecards.submission.Submissions;
import org.scorecards.submission.Upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The portal's pages in the six languages over plain HTTP: {@code Accept-Language} chooses among them (anything
 * else is English), the picker's choice is kept in a cookie and wins, a focal point's default is their
 * country's language, {@code lang} and {@code dir} follow, and a French page keeps no English label.
 *
 * <p>The fixture gives XAB Spanish in {@code countries.csv}; XAA has no language (English).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { PortalFixture.WEB, PortalFixture.FLYWAY })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalLanguagesTest {

	static final Path root = withCountryLanguages(PortalFixture.create("portal-languages"));

	static final String XAA = "fp@xaa.example";

	static final String XAB = "fp@xab.example";

	static final String SECRETARIAT = "sec@example.org";

	static final Pattern HTML_TAG = Pattern.compile("<html lang=\"([^\"]*)\" dir=\"([^\"]*)\"");

	@DynamicPropertySource
	static void portal(DynamicPropertyRegistry registry) {
		PortalFixture.properties(registry, root);
	}

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Cycles cycles;

	@Autowired
	Submissions submissions;

	@BeforeAll
	void accounts() {
		accounts.add(XAA, PortalFixture.PASSWORD, Role.FOCAL_POINT, "XAA", "test");
		accounts.add(XAB, PortalFixture.PASSWORD, Role.FOCAL_POINT, "XAB", "test");
		accounts.add(SECRETARIAT, PortalFixture.PASSWORD, Role.SECRETARIAT, null, "test");
	}

	@Test
	@Order(1)
	void beforeAnyCycleTheFrenchPagesHaveNoEnglishLabel() throws Exception {
		for (String who : List.of(XAA, SECRETARIAT)) {
			String page = page(get("/").header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8").with(as(who)));
			assertThat(language(page)).isEqualTo("fr ltr");
			assertThat(visibleText(page)).contains("Aucun cycle n'est ouvert");
			assertThat(englishLeftIn(page)).as("English on the French page without a cycle, as " + who).isEmpty();
		}
	}

	@Test
	@Order(2)
	void acceptLanguageChoosesAmongTheSixAndAnythingElseIsEnglish() throws Exception {
		assertThat(language(page(get("/login").header("Accept-Language", "fr")))).isEqualTo("fr ltr");
		assertThat(visibleText(page(get("/login").header("Accept-Language", "fr")))).contains("Connexion",
				"Adresse électronique", "Mot de passe");
		assertThat(language(page(get("/login").header("Accept-Language", "ar-EG,ar;q=0.9")))).isEqualTo("ar rtl");
		assertThat(language(page(get("/login").header("Accept-Language", "zh-CN")))).isEqualTo("zh ltr");
		assertThat(language(page(get("/login").header("Accept-Language", "ru")))).isEqualTo("ru ltr");
		// weights count: German is not one of the six, Spanish is the reader's next choice
		assertThat(language(page(get("/login").header("Accept-Language", "de-DE, es;q=0.7, en;q=0.5"))))
			.isEqualTo("es ltr");
		assertThat(language(page(get("/login").header("Accept-Language", "de-DE, pt")))).isEqualTo("en ltr");
		assertThat(language(page(get("/login").header("Accept-Language", "not a header;;q=x")))).isEqualTo("en ltr");
		assertThat(language(page(get("/login")))).isEqualTo("en ltr");
		assertThat(visibleText(page(get("/login")))).contains("Sign in", "E-mail address");
	}

	@Test
	@Order(3)
	void thePickerChoiceIsKeptInACookieAndWinsOverTheBrowser() throws Exception {
		MvcResult chosen = mvc.perform(get("/login").param("lang", "ar").header("Accept-Language", "fr")).andReturn();
		String page = chosen.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(language(page)).isEqualTo("ar rtl");
		assertThat(visibleText(page)).contains("تسجيل الدخول");
		Cookie cookie = chosen.getResponse().getCookie(PortalLanguage.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("ar");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(chosen.getResponse().getHeader("Set-Cookie")).contains("SameSite=Lax").contains("Max-Age=");

		assertThat(language(page(get("/login").cookie(new Cookie(PortalLanguage.COOKIE, "ar"))
			.header("Accept-Language", "fr")))).isEqualTo("ar rtl");
		// every picker link leads to the same page in its language, named in that language, this one marked
		assertThat(page.replaceAll("\\s+", " ")).contains("href=\"/login?lang=fr\" lang=\"fr\" hreflang=\"fr\" dir=\"ltr\">Français</a>")
			.contains("href=\"/login?lang=ar\" lang=\"ar\" hreflang=\"ar\" dir=\"rtl\" aria-current=\"true\">العربية</a>")
			.contains(">中文</a>").contains(">Русский</a>").contains(">Español</a>").contains(">English</a>");
		// a cookie or a parameter that names none of the six: English
		assertThat(language(page(get("/login").cookie(new Cookie(PortalLanguage.COOKIE, "de"))))).isEqualTo("en ltr");
		assertThat(language(page(get("/login").param("lang", "xx").header("Accept-Language", "fr"))))
			.isEqualTo("en ltr");
	}

	@Test
	@Order(4)
	void aFocalPointSeesTheirCountrysLanguageUntilTheyChooseAnother() throws Exception {
		openTheCycleWithSubmissions();
		String xab = page(get("/cycles/2025/countries/XAB").header("Accept-Language", "en-GB").with(as(XAB)));
		assertThat(language(xab)).isEqualTo("es ltr");
		assertThat(visibleText(xab)).contains("Su presentación", "Fecha límite: 31 de marzo de 2026");
		assertThat(language(page(get("/cycles/2025/countries/XAB").cookie(new Cookie(PortalLanguage.COOKIE, "en"))
			.with(as(XAB))))).isEqualTo("en ltr");
		// XAA's country has no language of its own: the browser's
		assertThat(language(page(get("/cycles/2025/countries/XAA").header("Accept-Language", "ru").with(as(XAA)))))
			.isEqualTo("ru ltr");
	}

	@Test
	@Order(5)
	void noEnglishLabelIsLeftOnTheFrenchPages() throws Exception {
		openTheCycleWithSubmissions();
		List<String> urls = List.of("/login", "/login?failed", "/login?signed-out", "/cycles/2025",
				"/cycles/2025?state=clean&sort=errors", "/cycles/2025/countries/XAA",
				"/cycles/2025/countries/XAA?sort=location&order=descending", "/cycles/2025/countries/XAB", "/audit");
		for (String url : urls) {
			String page = page(get(url).header("Accept-Language", "fr").with(as(SECRETARIAT)));
			assertThat(language(page)).as(url).isEqualTo("fr ltr");
			assertThat(page).as(url).doesNotContain("??");
			// The audit trail's rows are records, shown as they were written ("comment window open"): not labels.
			String labels = url.equals("/audit") ? page.replaceAll("(?s)<tbody>.*</tbody>", "") : page;
			assertThat(englishLeftIn(labels)).as("English on the French page " + url).isEmpty();
		}
		// The error page is the servlet container's forward to /error, which MockMvc does not make: over HTTP.
		HttpResponse<String> missing = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no/such/page"))
				.header("Accept-Language", "fr")
				.header("Accept", "text/html")
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((SECRETARIAT + ":" + PortalFixture.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(language(missing.body())).isEqualTo("fr ltr");
		assertThat(visibleText(missing.body())).contains("Page introuvable", "Retour à l'accueil");
		assertThat(englishLeftIn(missing.body())).isEmpty();
		assertThat(missing.body()).contains("href=\"/no/such/page?lang=ar\"");

		String country = visibleText(page(get("/cycles/2025/countries/XAA").header("Accept-Language", "fr")
			.with(as(SECRETARIAT))));
		// numbers, dates and the words the Java side chooses
		assertThat(country).contains("À soumettre au plus tard le 31 mars 2026")
			.contains("Dernière version : 1, avec erreurs, 1 erreur et 0 avertissement.".replace(" :", "\u00a0:"))
			.contains("1 constat, triés par gravité (ordre croissant)")
			.contains("Gravité", "Cellule ou ligne", "erreur")
			// the finding itself, worded again in French from the facts stored with it
			.containsPattern("PV\\.\\d doit être Yes, Partial ou No")
			.doesNotContain("must be Yes, Partial or No");
		String desk = visibleText(page(get("/cycles/2025").header("Accept-Language", "fr").with(as(SECRETARIAT))));
		assertThat(desk).contains("Complétude 10,0\u00a0%", "non commencé", "sans erreur", "soumis avec erreurs");
		String arabic = visibleText(page(get("/cycles/2025").header("Accept-Language", "ar").with(as(SECRETARIAT))));
		// Latin digits in Arabic, as the documents print them
		assertThat(arabic).contains("31 مارس 2026").contains("الاكتمال 10.0%");
	}

	@Test
	@Order(6)
	void flashMessagesAndRefusalsAreWordedInTheReadersLanguageAndTheApiStaysEnglish() throws Exception {
		openTheCycleWithSubmissions();
		MvcResult refused = mvc.perform(multipart("/cycles/2025/countries/XAA/submissions")
			.file(new MockMultipartFile("files", "notes.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "fr").with(csrf()).with(as(XAA))).andReturn();
		assertThat((String) refused.getFlashMap().get("problem"))
			.isEqualTo("impossible de déterminer quel fichier est «\u00a0notes.txt\u00a0»\u00a0: nommez-le "
					+ "indicators.xlsx, victims.csv, prosecutions.csv, funding.csv ou training.csv");
		MvcResult received = mvc.perform(multipart("/cycles/2025/countries/XAA/submissions")
			.file(new MockMultipartFile("files", "victims.csv", "text/csv",
					Files.readAllBytes(root.resolve("input/2025/XAA/victims.csv"))))
			.header("Accept-Language", "zh").with(csrf()).with(as(XAA))).andReturn();
		assertThat((String) received.getFlashMap().get("notice")).startsWith("已收到第 2 版：");
		MvcResult api = mvc.perform(multipart("/api/cycles/2025/countries/XAA/submissions")
			.file(new MockMultipartFile("notes.txt", "notes.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "fr").with(httpBasic(XAA, PortalFixture.PASSWORD))).andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(400);
		assertThat(api.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("cannot tell which file 'notes.txt' is");
	}

	private boolean opened;

	/** Cycle 2025: XAA with one error in its workbook, XAB clean. */
	private void openTheCycleWithSubmissions() throws IOException {
		if (opened) {
			return;
		}
		opened = true;
		cycles.open(2025, LocalDate.of(2026, 3, 31), "test");
		Account xaa = accounts.find(XAA).orElseThrow();
		List<Upload> uploads = new ArrayList<>();
		for (Upload upload : PortalFixture.uploads(root.resolve("input/2025/XAA"))) {
			uploads.add(upload.name().equals("indicators.xlsx") ? wrongAnswer(root.resolve("input/2025/XAA/indicators.xlsx"))
					: upload);
		}
		submissions.submit(xaa, 2025, "XAA", uploads);
		submissions.submit(accounts.find(XAB).orElseThrow(), 2025, "XAB",
				PortalFixture.uploads(root.resolve("input/2025/XAB")));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
		return email.equals(SECRETARIAT) ? user(email).roles("SECRETARIAT") : user(email).roles("FOCAL_POINT");
	}

	/** "fr ltr": the page's {@code lang} and {@code dir}. */
	private static String language(String page) {
		Matcher matcher = HTML_TAG.matcher(page);
		assertThat(matcher.find()).as("an <html lang dir> element in " + page).isTrue();
		return matcher.group(1) + " " + matcher.group(2);
	}

	/** The text a reader sees or hears: the content between tags, and the labels given as attributes. */
	static String visibleText(String page) {
		StringBuilder labels = new StringBuilder();
		Matcher attributes = Pattern.compile("(?:aria-label|title|alt|placeholder)=\"([^\"]*)\"").matcher(page);
		while (attributes.find()) {
			labels.append(' ').append(attributes.group(1));
		}
		String text = page.replaceAll("(?s)<[^>]*>", " ") + labels;
		return HtmlUtils.htmlUnescape(text).replaceAll("[ \\t\\r\\n]+", " ");
	}

	/**
	 * The words of the English bundle found on a page: each value's literal parts between placeholders that a
	 * reader would take for a label (a capital letter or more than one word, five characters at least), less
	 * those the French bundle uses too ("Version", "Source", "SHA-256", the file names), found as whole words
	 * ("Indicator" is not in the sheet name "Indicators!C5"). Lower-case single words
	 * ("clean", "error") are left out: the page's data (audit codes, the catalogue's messages) uses them too.
	 */
	static Set<String> englishLeftIn(String page) throws IOException {
		Properties english = bundle("en");
		Properties french = bundle("fr");
		String frenchText = String.join("\n", french.stringPropertyNames().stream().map(french::getProperty).toList());
		String text = visibleText(page);
		Set<String> left = new TreeSet<>();
		for (String key : english.stringPropertyNames()) {
			for (String part : english.getProperty(key).split("\\{\\d}")) {
				String fragment = part.strip().replaceAll("^[\\p{Punct}·\\s]+|[\\p{Punct}·\\s]+$", "");
				boolean label = fragment.length() >= 5
						&& (fragment.contains(" ") || Character.isUpperCase(fragment.charAt(0)));
				if (label && !frenchText.contains(fragment)
						&& Pattern.compile("(?<!\\p{L})" + Pattern.quote(fragment) + "(?!\\p{L})").matcher(text).find()) {
					left.add(key + ": " + fragment);
				}
			}
		}
		return left;
	}

	private static Properties bundle(String tag) throws IOException {
		try (InputStream in = PortalLanguagesTest.class.getResourceAsStream("/i18n/portal_" + tag + ".properties")) {
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

	/** XAA's demo workbook with "Maybe" as the answer of Indicators!C5: one error. */
	private static Upload wrongAnswer(Path workbook) throws IOException {
		try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in);
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			book.getSheet("Indicators").getRow(4).getCell(2).setCellValue("Maybe");
			book.write(out);
			byte[] bytes = out.toByteArray();
			return new Upload("indicators.xlsx", bytes.length, () -> new java.io.ByteArrayInputStream(bytes));
		}
	}

	/** XAB publishes in Spanish: a {@code language} column, empty for the others. */
	private static Path withCountryLanguages(Path fixture) {
		try {
			Path countries = fixture.resolve("input/reference/countries.csv");
			List<String> lines = new ArrayList<>();
			for (String line : Files.readAllLines(countries, StandardCharsets.UTF_8)) {
				lines.add(line + (lines.isEmpty() ? ",language" : line.startsWith("XAB,") ? ",es" : ","));
			}
			try (OutputStream out = Files.newOutputStream(countries)) {
				out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
			}
			return fixture;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
