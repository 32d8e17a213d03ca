package org.scorecards.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run in the page the browser shows. {@code axe.min.js} is vendored under {@code src/test/resources/axe}
 * (see the README there) and injected through WebDriver, which the pages' CSP does not govern; the pages
 * themselves load no script.
 */
final class AxeCheck {

	/** Impacts that fail a page; moderate and minor ones are reported only. */
	static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then(results => done(JSON.stringify({ passes: results.passes.map(rule => rule.id), violations: results.violations })))
			  .catch(error => done(JSON.stringify({ error: String(error) })));
			""";

	private final String source;

	private final ObjectMapper json = new ObjectMapper();

	AxeCheck() {
		try (InputStream in = AxeCheck.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js not on the test class path, expected at /axe/axe.min.js");
			}
			source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The violations on the page now shown, each as one readable block: id, impact, help, nodes. */
	List<Violation> violations(WebDriver driver) {
		return check(driver).violations();
	}

	/** The violations on the page now shown, and the rules it passed ({@code html-lang-valid}...). */
	Result check(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(source);
		String result = (String) js.executeAsyncScript(RUN);
		try {
			JsonNode found = json.readTree(result);
			if (found.has("error")) {
				throw new IllegalStateException("axe.run failed on " + driver.getCurrentUrl() + ": " + found.get("error"));
			}
			// A page on which no rule passed was not checked at all (axe not loaded, or an empty document).
			if (found.path("passes").isEmpty()) {
				throw new IllegalStateException("axe.run checked nothing on " + driver.getCurrentUrl() + ": " + result);
			}
			List<Violation> violations = new ArrayList<>();
			for (JsonNode v : found.get("violations")) {
				List<String> nodes = new ArrayList<>();
				for (JsonNode node : v.get("nodes")) {
					nodes.add(node.get("target").toString() + " " + node.path("failureSummary").asText().replace('\n', ' '));
				}
				violations.add(new Violation(v.get("id").asText(), v.path("impact").asText(), v.get("help").asText(),
						v.get("helpUrl").asText(), nodes));
			}
			Set<String> passed = new java.util.TreeSet<>();
			found.get("passes").forEach(rule -> passed.add(rule.asText()));
			return new Result(violations, passed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Result(List<Violation> violations, Set<String> passed) {
	}

	record Violation(String id, String impact, String help, String helpUrl, List<String> nodes) {

		boolean blocking() {
			return BLOCKING.contains(impact);
		}

		@Override
		public String toString() {
			return impact + " " + id + ": " + help + " (" + helpUrl + ")\n    " + String.join("\n    ", nodes);
		}
	}
}
