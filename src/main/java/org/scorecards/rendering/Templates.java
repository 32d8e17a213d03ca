package org.scorecards.rendering;

import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/** Compiles the JRXML templates of the top-level {@code templates/} folder, once per document type. */
final class Templates {

	private final Path dir;

	Templates(Path dir) {
		if (dir == null || !Files.isDirectory(dir)) {
			throw new IllegalArgumentException("Templates folder " + dir + " not found, expected the project's "
					+ "templates/ folder holding the .jrxml files");
		}
		this.dir = dir;
	}

	JasperReport compile(String name) {
		Path file = dir.resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("Template " + file + " not found");
		}
		try {
			return JasperCompileManager.compileReport(file.toString());
		}
		catch (JRException ex) {
			throw new IllegalStateException("Template " + file + " does not compile: " + ex.getMessage(), ex);
		}
	}
}
