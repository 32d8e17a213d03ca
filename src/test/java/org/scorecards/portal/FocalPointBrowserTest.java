package org.scorecards.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.scorecards.ScorecardsApplication;
import org.scorecards.submission.Accounts;
import org.scorecards.submission.Cycles;
import org.scorecards.submission.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal in a real browser, as a focal point uses it: sign in, find no cycle open, then (once the cycle
 * is open) download the template, upload a workbook with a known error, find it located in the table,
 * upload the correction and see zero errors; the secretariat's list of countries; and on every page axe-core
 * finds no serious or critical accessibility violation. Screenshots of each page are left under
 * {@code target/browser-screenshots/} to look at.
 *
 * <p>The portal runs as {@code serve} starts it (web application, Flyway, state, input and output folders),
 * on a temporary copy of XAA's demo inputs. The tests run in order: they follow one cycle from before it
 * opens to its first clean submission.
 */
@SpringBootTest(classes = ScorecardsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.main.web-application-type=servlet", "spring.flyway.enabled=true",
		"spring.flyway.baseline-on-migrate=true", "spring.flyway.baseline-version=0",
		// As serve sets it: Chromium keeps a Secure cookie on http://localhost, so the test needs no exception.
		"server.servlet.session.cookie.secure=true" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FocalPointBrowserTest {

	static final String FOCAL_POINT = "focal.point@xaa.example.org";

	static final String SECRETARIAT = "secretariat@example.org";

	static final String PASSWORD = "correct horse battery";

	static final int YEAR = 2025;

	static final Path DEMO = Path.of("input");

	static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

	static final Path work = temporaryDirectory();

	static HeadlessChromium chromium;

	static ChromeDriver browser;

	static AxeCheck axe;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Cycles cycles;

	@DynamicPropertySource
	static void portalFolders(DynamicPropertyRegistry registry) {
		registry.add("scorecards.state", () -> work.resolve("state").toString());
		registry.add("scorecards.input", () -> work.resolve("input").toString());
		registry.add("scorecards.output", () -> work.resolve("output").toString());
		registry.add("scorecards.db", () -> work.resolve("state/scorecards").toString());
	}

	/** Before the Spring context starts: without the browser there is nothing to test here. */
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
		if (accounts.find(FOCAL_POINT).isEmpty()) {
			accounts.add(FOCAL_POINT, PASSWORD, Role.FOCAL_POINT, "XAA", "test");
			accounts.add(SECRETARIAT, PASSWORD, Role.SECRETARIAT, null, "test");
		}
		browser.get(url("/login"));
		browser.manage().deleteAllCookies();
	}

	@Test
	@Order(1)
	void beforeTheCycleOpensAFocalPointIsToldSo() {
		browser.get(url("/"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(heading()).isEqualTo("Sign in");
		page("01-sign-in");

		signIn(FOCAL_POINT, "not the password");
		assertThat(browser.getCurrentUrl()).endsWith("/login?failed");
		assertThat(text(".problem")).startsWith("Sign-in failed");
		page("02-sign-in-failed");

		signIn(FOCAL_POINT, PASSWORD);
		assertThat(heading()).isEqualTo("No cycle is open");
		assertThat(text("main")).contains("When the secretariat opens the next one");
		page("03-no-cycle");
	}

	@Test
	@Order(2)
	void aFocalPointSubmitsSeesTheFindingInItsCellCorrectsItAndEndsClean() throws Exception {
		cycles.open(YEAR, LocalDate.now().plusMonths(3), "test");
		signIn(FOCAL_POINT, PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/cycles/2025/countries/XAA");
		assertThat(heading()).isEqualTo("Côte d'Azuria · cycle 2025");
		assertThat(text("main")).contains("Nothing submitted yet.");
		page("04-country-nothing-submitted");

		browser.findElement(By.linkText("Download the pre-filled indicator workbook")).click();
		Path template = chromium.downloaded("XAA-2025-indicators.xlsx", Duration.ofSeconds(20));
		assertThat(cellTexts(template, "Cover")).contains("XAA");

		Path uploads = Files.createDirectories(work.resolve("uploads"));
		Path wrong = withValue(DEMO.resolve("2025/XAA/indicators.xlsx"), "Maybe",
				uploads.resolve("wrong/indicators.xlsx"));
		upload(Stream.concat(Stream.of(wrong), csvFiles()).toList());
		assertThat(text(".notice")).isEqualTo("Version 1 received: 1 error, 0 warnings. Correct the findings below "
				+ "and upload the corrected files.");
		assertThat(text("table.findings caption")).startsWith("1 finding, sorted by severity");
		List<List<String>> findings = findings();
		assertThat(findings).as("severity, file, cell or line, rule, value, message")
			.anySatisfy(row -> assertThat(row.subList(0, 5)).containsExactly("error", "indicators.xlsx",
					"Indicators!C5", "value.answer", "Maybe"));
		page("05-country-with-findings");
		onAPhone(() -> page("05-country-with-findings-phone"));

		browser.findElement(By.linkText("Download the validation workbook")).click();
		assertThat(chromium.downloaded("XAA-2025-v1-validation.xlsx", Duration.ofSeconds(20))).isNotEmptyFile();

		Path corrected = Files.copy(DEMO.resolve("2025/XAA/indicators.xlsx"),
				Files.createDirectories(uploads.resolve("corrected")).resolve("indicators.xlsx"));
		upload(List.of(corrected));
		assertThat(text(".notice")).isEqualTo("Version 2 received: 0 errors, 0 warnings.");
		assertThat(text("main")).contains("Latest: version 2, clean, 0 errors and 0 warnings.")
			.contains("No findings: every file was accepted as it is.");
		assertThat(findings()).isEmpty();
		page("06-country-corrected");

		browser.get(url("/cycles/2025/countries/XAB"));
		assertThat(heading()).isEqualTo("Not found");
		page("07-another-country-not-found");

		browser.get(url("/no/such/page"));
		assertThat(heading()).isEqualTo("Not found");
		clickThrough(browser.findElement(By.linkText("Back to the start")));
		assertThat(browser.getCurrentUrl()).endsWith("/cycles/2025/countries/XAA");

		clickThrough(browser.findElement(By.cssSelector("nav button[type=submit]")));
		assertThat(browser.getCurrentUrl()).endsWith("/login?signed-out");
		page("08-signed-out");
	}

	@Test
	@Order(3)
	void theSecretariatSeesEveryCountryOfTheCycleAndItsState() {
		signIn(SECRETARIAT, PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/cycles/2025");
		assertThat(heading()).isEqualTo("Cycle 2025");
		List<WebElement> rows = browser.findElements(By.cssSelector("main table tbody tr"));
		assertThat(rows).hasSize(10);
		// sorted by country name; XAA's two versions were clean, late (the deadline is in the past)
		WebElement xaa = rows.stream().filter(r -> r.getText().contains("(XAA)")).findFirst().orElseThrow();
		assertThat(xaa.getText()).startsWith("Côte d'Azuria (XAA) clean 2");
		assertThat(rows).filteredOn(r -> r.getText().contains("(XAB)")).singleElement()
			.satisfies(r -> assertThat(r.getText()).contains("(XAB) not started"));
		assertThat(text(".rates")).startsWith("Completeness 10.0 %");
		page("09-secretariat-cycle");

		clickThrough(xaa.findElement(By.tagName("a")));
		assertThat(heading()).isEqualTo("Côte d'Azuria · cycle 2025");
		assertThat(text("#state-heading")).isEqualTo("The submission of XAA");
		page("10-secretariat-country");
		clickThrough(browser.findElement(By.linkText("Every country of cycle 2025")));
		assertThat(heading()).isEqualTo("Cycle 2025");
	}

	/**
	 * The picker in Arabic and French: a focal point switches to Arabic and the page turns right to left, in Arabic,
	 * and stays so on the next pages; the secretariat's pages in French and in Arabic. On each, axe-core finds no
	 * violation at all, and its language rules ran and passed.
	 */
	@Test
	@Order(4)
	void thePagesInArabicAndFrenchWithThePicker() {
		signIn(FOCAL_POINT, PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/cycles/2025/countries/XAA");
		assertThat(direction()).isEqualTo("en ltr");
		clickThrough(browser.findElement(By.linkText("العربية")));
		assertThat(direction()).isEqualTo("ar rtl");
		assertThat(text("#upload-heading")).isEqualTo("رفع الملفات");
		assertThat(text("#state-heading")).isEqualTo("ملفك المقدَّم");
		assertThat(text("main")).contains("آخر إصدار: 2");
		assertThat(browser.findElement(By.cssSelector("nav.languages a[aria-current]")).getText()).isEqualTo("العربية");
		// right to left: the main heading starts at the right edge of the content
		Number headingRight = (Number) browser.executeScript(
				"const r = document.querySelector('h1').getBoundingClientRect(); return document.querySelector('main')"
						+ ".getBoundingClientRect().right - r.right");
		assertThat(headingRight.intValue()).as("pixels between the heading and main's right edge").isLessThan(40);
		inEveryLanguageRule("11-country-arabic");
		onAPhone(() -> inEveryLanguageRule("11-country-arabic-phone"));

		// the choice is kept: the next page, the start and the error page are in Arabic too
		browser.get(url("/"));
		assertThat(browser.getCurrentUrl()).endsWith("/cycles/2025/countries/XAA");
		assertThat(direction()).isEqualTo("ar rtl");
		browser.get(url("/no/such/page"));
		assertThat(direction()).isEqualTo("ar rtl");
		assertThat(heading()).isEqualTo("الصفحة غير موجودة");
		inEveryLanguageRule("12-not-found-arabic");
		clickThrough(browser.findElement(By.linkText("العودة إلى البداية")));
		assertThat(browser.getCurrentUrl()).endsWith("/cycles/2025/countries/XAA");
		clickThrough(browser.findElement(By.cssSelector("nav button[type=submit]")));
		assertThat(browser.getCurrentUrl()).endsWith("/login?signed-out");
		assertThat(direction()).isEqualTo("ar rtl");
		assertThat(heading()).isEqualTo("تسجيل الدخول");
		inEveryLanguageRule("13-signed-out-arabic");

		signIn(SECRETARIAT, PASSWORD);
		assertThat(direction()).isEqualTo("ar rtl");
		clickThrough(browser.findElement(By.linkText("Français")));
		assertThat(direction()).isEqualTo("fr ltr");
		assertThat(heading()).isEqualTo("Cycle 2025");
		// (WebDriver's text shows the no-break space before "%" as a space)
		assertThat(text(".rates")).startsWith("Complétude 10,0 %");
		inEveryLanguageRule("14-secretariat-cycle-french");
		clickThrough(browser.findElement(By.partialLinkText("(XAA)")));
		assertThat(text("#state-heading")).isEqualTo("La soumission de XAA");
		inEveryLanguageRule("15-secretariat-country-french");
		browser.get(url("/audit"));
		assertThat(heading()).isEqualTo("Journal d'audit");
		inEveryLanguageRule("16-audit-french");

		clickThrough(browser.findElement(By.linkText("العربية")));
		assertThat(heading()).isEqualTo("سجل التدقيق");
		inEveryLanguageRule("17-audit-arabic");
		browser.get(url("/cycles/2025"));
		assertThat(direction()).isEqualTo("ar rtl");
		assertThat(heading()).isEqualTo("دورة 2025");
		inEveryLanguageRule("18-secretariat-cycle-arabic");
		clickThrough(browser.findElement(By.partialLinkText("(XAA)")));
		inEveryLanguageRule("19-secretariat-country-arabic");
		onAPhone(() -> inEveryLanguageRule("19-secretariat-country-arabic-phone"));
		clickThrough(browser.findElement(By.linkText("English")));
		assertThat(direction()).isEqualTo("en ltr");
		assertThat(text("#state-heading")).isEqualTo("The submission of XAA");
	}

	/** A screenshot, and axe-core's stricter verdict: no violation of any impact, and the language rules passed. */
	private void inEveryLanguageRule(String name) {
		chromium.screenshot(SCREENSHOTS.resolve(name + ".png"));
		AxeCheck.Result result = axe.check(browser);
		result.violations().forEach(v -> System.out.println("axe on " + name + ": " + v));
		assertThat(result.violations()).as("axe-core on %s (%s)", name, browser.getCurrentUrl()).isEmpty();
		assertThat(result.passed()).as("axe-core's language rules on %s", name)
			.contains("html-has-lang", "html-lang-valid", "valid-lang");
	}

	/** "ar rtl": the page's language and direction. */
	private String direction() {
		WebElement html = browser.findElement(By.tagName("html"));
		return html.getAttribute("lang") + " " + html.getAttribute("dir");
	}

	/** A screenshot to look at, and axe-core's verdict: no serious or critical violation. */
	private void page(String name) {
		chromium.screenshot(SCREENSHOTS.resolve(name + ".png"));
		List<AxeCheck.Violation> violations = axe.violations(browser);
		violations.forEach(v -> System.out.println("axe on " + name + ": " + v));
		assertThat(violations).as("axe-core on %s (%s)", name, browser.getCurrentUrl())
			.filteredOn(AxeCheck.Violation::blocking)
			.isEmpty();
	}

	private void signIn(String email, String password) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		clickThrough(browser.findElement(By.cssSelector("main button[type=submit]")));
	}

	/** Clicks a link or a form's button and waits for the page it leads to (a click does not always wait for it). */
	private void clickThrough(WebElement target) {
		WebElement page = browser.findElement(By.tagName("html"));
		target.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				// chromedriver's words for the same thing when the check races the new document's arrival
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	/** The page at the width of a phone: nothing pushes it sideways. */
	private void onAPhone(Runnable check) {
		Dimension before = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			Number overflow = (Number) browser.executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(overflow.intValue()).as("pixels the page is wider than a phone's screen").isLessThanOrEqualTo(0);
			check.run();
		}
		finally {
			browser.manage().window().setSize(before);
		}
	}

	private void upload(List<Path> files) {
		String before = browser.getCurrentUrl();
		browser.findElement(By.id("files"))
			.sendKeys(String.join("\n", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
		clickThrough(browser.findElement(By.xpath("//button[normalize-space()='Upload and check']")));
		assertThat(browser.getCurrentUrl()).isEqualTo(before);
	}

	private List<List<String>> findings() {
		return browser.findElements(By.cssSelector("table.findings tbody tr"))
			.stream()
			.map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
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

	private static Stream<Path> csvFiles() {
		return Stream.of("victims.csv", "prosecutions.csv", "funding.csv", "training.csv")
			.map(name -> DEMO.resolve("2025/XAA").resolve(name));
	}

	/** XAA's demo workbook with the value of Indicators!C5 replaced by {@code value}. */
	private static Path withValue(Path workbook, String value, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in);
				OutputStream out = Files.newOutputStream(target)) {
			book.getSheet("Indicators").getRow(4).getCell(2).setCellValue(value);
			book.write(out);
		}
		return target;
	}

	private static List<String> cellTexts(Path workbook, String sheetName) throws IOException {
		DataFormatter formatter = new DataFormatter();
		try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
			Sheet sheet = book.getSheet(sheetName);
			return Stream.iterate(0, r -> r <= sheet.getLastRowNum(), r -> r + 1)
				.map(sheet::getRow)
				.filter(row -> row != null)
				.flatMap(row -> Stream.iterate(0, c -> c < row.getLastCellNum(), c -> c + 1).map(row::getCell))
				.filter(cell -> cell != null)
				.map(formatter::formatCellValue)
				.toList();
		}
	}

	/**
	 * XAA's demo inputs of 2024 (last year's values pre-fill the template) and the reference data: the portal
	 * places each new version of 2025 in this tree itself.
	 */
	private static void inputTree() throws IOException {
		Path input = work.resolve("input");
		for (String part : List.of("SYNTHETIC.md", "reference", "2024/XAA")) {
			Path source = DEMO.resolve(part);
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path copy = input.resolve(DEMO.relativize(file).toString());
					Files.createDirectories(copy.getParent());
					Files.copy(file, copy);
				}
			}
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("portal-browser");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
