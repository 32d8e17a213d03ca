package org.scorecards.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven by Debian's chromedriver, that never reaches the network: both paths are
 * given, so Selenium Manager has nothing to look up (and {@code SE_OFFLINE} in the surefire configuration
 * forbids it to try), and the browser's own background traffic (updates, sync, safe browsing) is switched off.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final Path downloads;

	private HeadlessChromium(ChromeDriver driver, Path downloads) {
		this.driver = driver;
		this.downloads = downloads;
	}

	/** Both installed (CI installs them; a developer's machine may not have them). */
	static boolean installed() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
	}

	static HeadlessChromium start(Path work) throws IOException {
		Path downloads = Files.createDirectories(work.resolve("downloads"));
		Path profile = Files.createDirectories(work.resolve("chromium-profile"));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
				"--disable-quic", "--disable-features=OptimizationHints,MediaRouter,Translate",
				"--window-size=1280,900", "--lang=en-GB", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false, "safebrowsing.enabled", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(work.resolve("chromedriver.log").toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		return new HeadlessChromium(driver, downloads);
	}

	ChromeDriver driver() {
		return driver;
	}

	Path downloads() {
		return downloads;
	}

	/** A file the browser downloaded, once it is complete (Chromium writes {@code .crdownload} until then). */
	Path downloaded(String name, Duration within) throws InterruptedException {
		Path file = downloads.resolve(name);
		long until = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < until) {
			if (Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload"))) {
				return file;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no download " + name + " in " + downloads + " within " + within + ", only "
				+ String.join(", ", new File(downloads.toString()).list()));
	}

	/** The whole page, not only the window: Chromium's own capture beyond the viewport. */
	void screenshot(Path png) {
		// The capture lays the page out again without a scroll bar: as wide as the window, or wider if it is.
		Number width = (Number) driver.executeScript(
				"return Math.max(window.innerWidth, document.documentElement.scrollWidth)");
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Files.createDirectories(png.getParent());
			Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}
}
