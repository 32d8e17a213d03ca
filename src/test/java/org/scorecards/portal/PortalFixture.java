package org.scorecards.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A portal on a temporary state folder and a small copy of the demo input tree (reference data and the 2024
 * and 2025 files of XAA and XAB), with the web application and the schema migration on, as {@code serve}
 * starts them.
 */
final class PortalFixture {

	static final String PASSWORD = "correct horse battery";

	/** Early enough for Spring Boot to choose the web application type (dynamic properties come too late). */
	static final String WEB = "spring.main.web-application-type=servlet";

	static final String FLYWAY = "spring.flyway.enabled=true";

	private PortalFixture() {
	}

	static Path create(String name) {
		try {
			Path root = Files.createTempDirectory(name);
			Path input = root.resolve("input");
			copy(Path.of("input/reference"), input.resolve("reference"));
			Files.copy(Path.of("input/SYNTHETIC.md"), input.resolve("SYNTHETIC.md"));
			for (String year : new String[] { "2024", "2025" }) {
				for (String iso3 : new String[] { "XAA", "XAB" }) {
					copy(Path.of("input", year, iso3), input.resolve(year).resolve(iso3));
				}
			}
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void properties(DynamicPropertyRegistry registry, Path root) {
		registry.add("scorecards.state", () -> root.resolve("state").toString());
		registry.add("scorecards.input", () -> root.resolve("input").toString());
		registry.add("scorecards.output", () -> root.resolve("output").toString());
		registry.add("scorecards.db", () -> root.resolve("state/scorecards").toString());
		registry.add("server.servlet.session.cookie.http-only", () -> "true");
		registry.add("server.servlet.session.cookie.same-site", () -> "strict");
		registry.add("server.servlet.session.cookie.secure", () -> "true");
	}

	/** Every file of a folder as an upload named after it, as a focal point's form sends them. */
	static java.util.List<org.scorecards.submission.Upload> uploads(Path folder) throws IOException {
		java.util.List<org.scorecards.submission.Upload> uploads = new java.util.ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				byte[] bytes = Files.readAllBytes(file);
				uploads.add(new org.scorecards.submission.Upload(file.getFileName().toString(), bytes.length,
						() -> new java.io.ByteArrayInputStream(bytes)));
			}
		}
		return uploads;
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}
}
