package org.scorecards.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.scorecards.ScorecardsApplication;
import org.scorecards.submission.Accounts;
import org.scorecards.submission.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The secretariat's cycle in a real browser, on the demo's ten countries of which two submit: the secretariat
 * opens it (every country's workbook is written then, and its focal point downloads that one); XAA submits on time; XAB
 * submits late, first with an error, then clean; the desk's rates are checked against the hand count; the
 * secretariat approves XAA, whose next upload the page refuses; an analyst adjusts one of XAB's indicators; a
 * draft run marks XAB's card DRAFT; XAB's focal point comments; publication renders the card final with the
 * comment and the adjustment, the manifest names who published it, and a country's page then offers a
 * correction (published by {@link SecretariatDeskTest}). axe-core checks every page.
 *
 * <p>A movable clock stands in for the days between the deadline and the late submission. One browser and
 * one Spring context for the whole story; the tests run in order.
 */
@SpringBootTest(classes = ScorecardsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.main.web-application-type=servlet", "spring.flyway.enabled=true",
		"spring.flyway.baseline-on-migrate=true", "spring.flyway.baseline-version=0",
		"server.servlet.session.cookie.secure=true" })
@Import(SecretariatBrowserTest.Time.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecretariatBrowserTest {

	static final String SECRETARIAT = "desk@secretariat.example.org";

	static final String XAA = "focal.point@xaa.example.org";

	static final String XAB = "focal.point@xab.example.org";

	static final String PASSWORD = "correct horse battery";

	static final Path DEMO = Path.of("input");

	static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

	/** Before the deadline of 31 March 2026; {@link #theDeadlinePasses} moves it on. */
	static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	static final Path work = temporaryDirectory();

	static final MovableClock clock = new MovableClock(START);

	static HeadlessChromium chromium;

	static ChromeDriver browser;

	static AxeCheck axe;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		Clock movableClock() {
			return clock;
		}
	}

	@DynamicPropertySource
	static void portalFolders(DynamicPropertyRegistry registry) {
		registry.add("scorecards.state", () -> work.resolve("state").toString());
		registry.add("scorecards.input", () -> work.resolve("input").toString());
		registry.add("scorecards.output", () -> work.resolve("output").toString());
		registry.add("scorecards.db", () -> work.resolve("state/scorecards").toString());
	}

	@BeforeAll
	static void startTheBrowser() throws IOException {
		assumeTrue(HeadlessChromium.installed(), "Debian's chromium and chromium-driver are not installed ("
				+ HeadlessChromium.BROWSER + ", " + HeadlessChromium.DRIVER + ")");
		inputTree();
		chromium = HeadlessChromium.start(work);
		browser = chromium.driver();
		axe = new AxeCheck();
	}

	@AfterAll
	static void stopTheBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void accountsAndAFreshSession() {
		if (accounts.find(SECRETARIAT).isEmpty()) {
			accounts.add(SECRETARIAT, PASSWORD, Role.SECRETARIAT, null, "test");
			accounts.add(XAA, PASSWORD, Role.FOCAL_POINT, "XAA", "test");
			accounts.add(XAB, PASSWORD, Role.FOCAL_POINT, "XAB", "test");
		}
		browser.get(url("/login"));
		browser.manage().deleteAllCookies();
	}

	@Test
	@Order(1)
	void theSecretariatOpensTheCycleAndEveryCountryGetsItsWorkbook() {
		signIn(SECRETARIAT);
		assertThat(heading()).isEqualTo("No cycle is open");
		browser.findElement(By.id("open-year")).sendKeys("2025");
		// A date input types as the browser's locale wants; its value is ISO whatever the locale.
		browser.executeScript("arguments[0].value = '2026-03-31'", browser.findElement(By.id("open-deadline")));
		clickThrough(button("Open the cycle"));
		assertThat(heading()).isEqualTo("Cycle 2025");
		assertThat(rows()).hasSize(10).allSatisfy(row -> assertThat(row.get(1)).isEqualTo("not started"));
		assertThat(text(".rates")).startsWith("Completeness 0.0 %");
		for (String iso3 : List.of("XAA", "XAB", "XAC", "XAJ")) {
			assertThat(storedTemplate(iso3)).isNotEmptyFile();
		}
		page("desk-01-cycle-opened");
	}

	@Test
	@Order(2)
	void aFocalPointDownloadsTheStoredWorkbookAndSubmitsOnTime() throws Exception {
		signIn(XAA);
		assertThat(heading()).isEqualTo("Côte d'Azuria · cycle 2025");
		browser.findElement(By.linkText("Download the pre-filled indicator workbook")).click();
		Path template = chromium.downloaded("XAA-2025-indicators.xlsx", Duration.ofSeconds(20));
		assertThat(template).hasSameBinaryContentAs(storedTemplate("XAA"));
		upload(files("XAA"));
		assertThat(text(".notice")).isEqualTo("Version 1 received: 0 errors, 0 warnings.");
		page("desk-02-on-time");
	}

	@Test
	@Order(3)
	void theDeadlinePassesAndTheOtherSubmitsLateWithAnErrorThenClean() throws Exception {
		clock.set(Instant.parse("2026-04-10T09:00:00Z"));
		signIn(XAB);
		assertThat(text("main")).contains("the deadline has passed");
		Path uploads = Files.createDirectories(work.resolve("uploads"));
		Path wrong = withValue(DEMO.resolve("2025/XAB/indicators.xlsx"), "Maybe", uploads.resolve("wrong/indicators.xlsx"));
		upload(Stream.concat(Stream.of(wrong), files("XAB").stream().filter(f -> f.toString().endsWith(".csv"))).toList());
		assertThat(text(".notice")).startsWith("Version 1 received: 1 error, ");
		page("desk-03-late-with-an-error");
		upload(List.of(DEMO.resolve("2025/XAB/indicators.xlsx")));
		assertThat(text(".notice")).isEqualTo("Version 2 received: 0 errors, 0 warnings.");
	}

	@Test
	@Order(4)
	void theDeskCountsTheRatesAndApprovalLocksTheData() {
		signIn(SECRETARIAT);
		// Of ten countries, XAA and XAB are clean (2 of 10) and only XAA was clean by the deadline (1 of 10).
		assertThat(text(".rates")).startsWith("Completeness 20.0 % (countries with a clean or approved submission, of all)"
				+ " · Timeliness 10.0 %");
		assertThat(rows()).extracting(row -> row.get(0) + " | " + row.get(1) + " | " + row.get(2) + " | " + row.get(4))
			.contains("Côte d'Azuria (XAA) | clean | 1 | on time", "Türkmenia (XAB) | clean | 2 | late")
			.filteredOn(row -> row.contains("| not started | – | –"))
			.hasSize(8);
		page("desk-04-rates");

		clickThrough(browser.findElement(By.linkText("Côte d'Azuria (XAA)")));
		clickThrough(browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Approve version 1')]")));
		assertThat(text(".notice")).isEqualTo("Decision recorded: approve.");
		page("desk-05-approved");

		signIn(XAA);
		assertThat(text("main")).contains("Approved by the secretariat on");
		upload(List.of(DEMO.resolve("2025/XAA/victims.csv")));
		assertThat(text(".problem")).isEqualTo("the data of XAA for 2025 are approved and locked: ask the secretariat "
				+ "to un-approve them before sending a correction");
		page("desk-06-locked-upload-refused");

		signIn(SECRETARIAT);
		assertThat(rows()).filteredOn(row -> row.get(0).equals("Côte d'Azuria (XAA)"))
			.singleElement()
			.satisfies(row -> assertThat(row.get(1)).isEqualTo("approved"));
		assertThat(text(".rates")).startsWith("Completeness 20.0 %");
	}

	@Test
	@Order(5)
	void anAnalystAdjustsAnIndicatorAndTheDraftRunMarksTheCardDraft() throws Exception {
		signIn(SECRETARIAT);
		browser.get(url("/cycles/2025/countries/XAB"));
		new Select(browser.findElement(By.id("adj-indicator"))).selectByValue("PV.2");
		browser.findElement(By.id("adj-value")).sendKeys("5");
		browser.findElement(By.id("adj-reason")).sendKeys("Two campaigns were left out of the workbook");
		browser.findElement(By.id("adj-source")).sendKeys("Ministry report 2025, p. 4");
		clickThrough(button("Record the adjudication"));
		assertThat(text(".notice")).isEqualTo("Adjudication recorded: PV.2 = 5. The next run scores it.");
		page("desk-07-adjudicated");

		browser.get(url("/cycles/2025"));
		clickThrough(button("Validate, score and render drafts"));
		assertThat(text(".notice")).isEqualTo("The draft run started.");
		awaitOnTheDesk("(completed)");
		page("desk-08-draft-run");

		signIn(XAB);
		String draft = scorecard("Download the draft scorecard (marked DRAFT)");
		assertThat(draft).contains("DRAFT").contains("PV.2 is scored as 5, an adjudication by " + SECRETARIAT);
		browser.findElement(By.id("comment-text")).sendKeys("The national action plan 2026-2030 was adopted in March.");
		clickThrough(button("Send the comments"));
		assertThat(text(".notice")).isEqualTo("Your comments are recorded: the final scorecard prints them.");
		page("desk-09-commented");
	}

	@Test
	@Order(6)
	void publicationRendersTheFinalCardWithTheCommentAndTheAdjustment() throws Exception {
		signIn(SECRETARIAT);
		clickThrough(browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Publish the cycle')]")));
		assertThat(text(".notice")).isEqualTo("Publication started.");
		awaitOnTheDesk("Published on 10 April 2026 by " + SECRETARIAT);
		assertThat(text("main")).contains("Version 1, published on 10 April 2026 by " + SECRETARIAT + ": the cycle.");
		page("desk-10-published");
		browser.get(url("/"));
		assertThat(heading()).isEqualTo("No cycle is open");
		assertThat(text("main")).contains("The desk of cycle 2025 (published)");
		browser.get(url("/cycles/2025/countries/XAB"));
		assertThat(button("Publish the correction of XAB").isDisplayed()).isTrue();
		page("desk-11-correction-offered");
		// The same pages in French, the publication's and the correction's texts with them: no English label left.
		for (String path : List.of("/cycles/2025", "/cycles/2025/countries/XAB", "/")) {
			browser.get(url(path + "?lang=fr"));
			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
			assertThat(PortalLanguagesTest.englishLeftIn(browser.getPageSource())).as("English on " + path).isEmpty();
			page("desk-12-published-french" + path.replace('/', '-'));
		}
		browser.get(url("/?lang=en"));

		signIn(XAB);
		assertThat(heading()).isEqualTo("Türkmenia · cycle 2025");
		String card = scorecard("Download the published scorecard");
		assertThat(card).doesNotContain("DRAFT")
			.contains("Comments of the government of Türkmenia")
			.contains("The national action plan 2026-2030 was adopted in March.")
			.contains("PV.2 is scored as 5, an adjudication by " + SECRETARIAT);
		JsonNode manifest = new ObjectMapper().readTree(work.resolve("output/2025/manifest.json").toFile());
		assertThat(manifest.at("/publication/published_by").asText()).isEqualTo(SECRETARIAT);
		assertThat(manifest.at("/publication/published_at").asText()).isEqualTo("2026-04-10T09:00:00Z");
	}

	/** The scorecard the focal point's page offers, downloaded through the browser, as text. */
	private String scorecard(String link) throws Exception {
		Files.deleteIfExists(chromium.downloads().resolve("XAB-2025-scorecard.pdf"));
		browser.findElement(By.linkText(link)).click();
		Path pdf = chromium.downloaded("XAB-2025-scorecard.pdf", Duration.ofSeconds(20));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** Reloads the desk until it says {@code what}: a run in the server takes its time. */
	private void awaitOnTheDesk(String what) {
		new WebDriverWait(browser, Duration.ofMinutes(3), Duration.ofMillis(500)).until(driver -> {
			driver.get(url("/cycles/2025"));
			String main = driver.findElement(By.tagName("main")).getText();
			assertThat(main).doesNotContain("(failed)");
			return main.contains(what);
		});
	}

	private void page(String name) {
		chromium.screenshot(SCREENSHOTS.resolve(name + ".png"));
		List<AxeCheck.Violation> violations = axe.violations(browser);
		violations.forEach(v -> System.out.println("axe on " + name + ": " + v));
		assertThat(violations).as("axe-core on %s (%s)", name, browser.getCurrentUrl())
			.filteredOn(AxeCheck.Violation::blocking)
			.isEmpty();
	}

	private void signIn(String email) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		clickThrough(browser.findElement(By.cssSelector("main button[type=submit]")));
	}

	/**
	 * Clicks a link or a form's button and waits for the page it leads to. The old page is gone when asking
	 * about it fails: chromedriver says so with a stale element, or, in the middle of the navigation, with
	 * "Node with given id does not belong to the document".
	 */
	private void clickThrough(WebElement target) {
		WebElement page = browser.findElement(By.tagName("html"));
		target.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	private WebElement button(String label) {
		return browser.findElement(By.xpath("//button[normalize-space()='" + label + "']"));
	}

	private void upload(List<Path> files) {
		browser.findElement(By.id("files"))
			.sendKeys(String.join("\n", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
		clickThrough(button("Upload and check"));
	}

	/** The desk's table: per country, the text of its cells (country, state, version, submitted, on time, ...). */
	private List<List<String>> rows() {
		return browser.findElements(By.cssSelector("main table tbody tr"))
			.stream()
			.map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
			.toList();
	}

	private String heading() {
		return text("h1");
	}

	private String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static Path storedTemplate(String iso3) {
		return work.resolve("output/2025/templates").resolve(iso3).resolve("indicators.xlsx");
	}

	private static List<Path> files(String iso3) {
		return Stream.of("indicators.xlsx", "victims.csv", "prosecutions.csv", "funding.csv", "training.csv")
			.map(name -> DEMO.resolve("2025").resolve(iso3).resolve(name))
			.toList();
	}

	/** The demo workbook with the value of Indicators!C5 replaced by {@code value}. */
	private static Path withValue(Path workbook, String value, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in);
				OutputStream out = Files.newOutputStream(target)) {
			book.getSheet("Indicators").getRow(4).getCell(2).setCellValue(value);
			book.write(out);
		}
		return target;
	}

	/**
	 * The demo's reference data (the victims files name the other demo countries as citizenships, so the list
	 * stays whole) and the 2024 inputs of XAA and XAB (last year's values pre-fill the workbooks). The portal
	 * places each 2025 version itself.
	 */
	private static void inputTree() throws IOException {
		Path input = work.resolve("input");
		for (String part : List.of("SYNTHETIC.md", "reference", "2024/XAA", "2024/XAB")) {
			Path source = DEMO.resolve(part);
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path copy = input.resolve(DEMO.relativize(file).toString());
					Files.createDirectories(copy.getParent());
					Files.copy(file, copy);
				}
			}
		}
		Files.createDirectories(input.resolve("2025"));
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("portal-desk-browser");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The portal's clock, moved on by the test: the deadline passes without waiting for it. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void set(Instant instant) {
			now = instant;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
