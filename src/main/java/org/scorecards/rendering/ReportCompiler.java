package org.scorecards.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.scorecards.Checksums;

/**
 * Compiles the JRXML templates of the top-level {@code templates/} folder, once per document type.
 * Compiling the scorecard's templates takes seconds, so compiled reports are kept in the user's cache
 * ({@code ~/.cache/scorecards/templates}, or {@code -Dscorecards.template-cache=DIR}) under the checksum of
 * the template and the JasperReports version: an edited template is compiled anew.
 */
final class ReportCompiler {

	private static final Logger log = LoggerFactory.getLogger(ReportCompiler.class);

	private final Path dir;

	private final Path cache;

	ReportCompiler(Path dir) {
		if (dir == null || !Files.isDirectory(dir)) {
			throw new IllegalArgumentException("Templates folder " + dir + " not found, expected the project's "
					+ "templates/ folder holding the .jrxml files");
		}
		this.dir = dir;
		String configured = System.getProperty("scorecards.template-cache");
		this.cache = configured != null ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".cache", "scorecards", "templates");
	}

	JasperReport compile(String name) {
		Path file = dir.resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("Template " + file + " not found");
		}
		byte[] source;
		try {
			source = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Template " + file + " cannot be read: " + ex.getMessage(), ex);
		}
		String version = String.valueOf(JasperCompileManager.class.getPackage().getImplementationVersion());
		String key = Checksums.sha256((version + "\n" + new String(source, StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8));
		Path compiled = cache.resolve(name.replace(".jrxml", "") + "-" + key.substring(0, 16) + ".jasper");
		JasperReport cached = load(compiled);
		if (cached != null) {
			return cached;
		}
		try {
			JasperReport report = JasperCompileManager.compileReport(file.toString());
			save(report, compiled);
			return report;
		}
		catch (JRException ex) {
			throw new IllegalStateException("Template " + file + " does not compile: " + ex.getMessage(), ex);
		}
	}

	private static JasperReport load(Path compiled) {
		if (!Files.isRegularFile(compiled)) {
			return null;
		}
		try {
			return (JasperReport) JRLoader.loadObject(compiled.toFile());
		}
		catch (JRException | ClassCastException ex) {
			log.warn("compiled template {} unusable, compiling again: {}", compiled, ex.getMessage());
			return null;
		}
	}

	/** A cache that cannot be written only costs time: the report is used all the same. */
	private static void save(JasperReport report, Path compiled) {
		Path temporary = null;
		try {
			Files.createDirectories(compiled.getParent());
			temporary = Files.createTempFile(compiled.getParent(), compiled.getFileName().toString(), ".part");
			JRSaver.saveObject(report, temporary.toFile());
			Files.move(temporary, compiled, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | JRException | RuntimeException ex) {
			deleteQuietly(temporary);
			log.warn("compiled template not cached in {}: {}", compiled.getParent(), ex.getMessage());
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			log.warn("cannot delete {}: {}", file, ex.getMessage());
		}
	}
}
