package org.scorecards.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A workbook sent in another format where indicators.xlsx was expected (LibreOffice's .ods, Excel 97-2003's
 * .xls, an XML spreadsheet): named in the finding, so the focal point learns what to convert rather than
 * being told that nothing was sent.
 */
final class WorkbookLookalike {

	/** Spreadsheet formats by extension, as the finding describes them. */
	private static final Map<String, String> FORMATS = Map.of("ods", "an OpenDocument spreadsheet (LibreOffice, OpenOffice)",
			"fods", "a flat OpenDocument spreadsheet", "xls", "an Excel 97-2003 workbook (.xls)", "xlsm",
			"a macro-enabled Excel workbook (.xlsm)", "xlsb", "a binary Excel workbook (.xlsb)", "xml",
			"an XML file (such as an Excel 2003 XML spreadsheet)", "numbers", "an Apple Numbers document");

	private WorkbookLookalike() {
	}

	/**
	 * The file sent instead: one named indicators with another extension first, else any file of a
	 * spreadsheet format; the first by name when there are several, so the finding is the same every run.
	 */
	static Optional<Path> in(Path folder) {
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(PlainFiles::isFile)
				.filter(f -> FORMATS.containsKey(extension(f)))
				.min(Comparator.comparing((Path f) -> !stem(f).equals("indicators"))
					.thenComparing(f -> f.getFileName().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String format(Path file) {
		return FORMATS.getOrDefault(extension(file), "a file of another format");
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
	}
}
