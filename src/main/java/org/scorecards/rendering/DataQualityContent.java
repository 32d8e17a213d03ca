package org.scorecards.rendering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.scorecards.intake.IntakeCount;
import org.scorecards.intake.SourceFile;
import org.scorecards.methodology.Source;
import org.scorecards.validation.Finding;

/**
 * The validation summary of a scorecard: counts only. Findings carry the values seen, which may be
 * record references, so the PDF prints how many there are per file, never the findings themselves.
 */
final class DataQualityContent {

	private final CountryReport report;

	DataQualityContent(CountryReport report) {
		this.report = report;
	}

	String summary() {
		long errors = findings().stream().filter(Finding::isError).count();
		long warnings = findings().size() - errors;
		String file = report.country().iso3() + "-" + report.year() + "-validation.xlsx";
		if (errors == 0 && warnings == 0) {
			return "Validation found no errors and no warnings in the submission.";
		}
		return "Validation found " + plural(errors, "error") + " and " + plural(warnings, "warning")
				+ " in the submission. Errors block the values they touch, which are then shown as not reported; "
				+ "warnings are scored and flagged. The focal point receives every finding, located by file, "
				+ "sheet and cell or line, in " + file + ".";
	}

	/** One row per input file: findings and checksum; files in the order of the contract. */
	List<IntakeRow> intake() {
		Map<String, IntakeCount> counts = list(report.intake()).stream()
			.collect(Collectors.toMap(IntakeCount::file, Function.identity(), (a, b) -> a));
		Map<String, SourceFile> sources = list(report.sources()).stream()
			.collect(Collectors.toMap(SourceFile::file, Function.identity(), (a, b) -> a));
		Set<String> files = new LinkedHashSet<>();
		counts.keySet().forEach(files::add);
		sources.keySet().forEach(files::add);
		findings().forEach(f -> files.add(f.file()));
		List<String> ordered = new ArrayList<>(files);
		ordered.removeIf(f -> f == null || f.isBlank());
		ordered.sort(Comparator.comparingInt(DataQualityContent::contractOrder).thenComparing(Comparator.naturalOrder()));
		return ordered.stream().map(file -> {
			long errors = findings().stream().filter(f -> file.equals(f.file()) && f.isError()).count();
			long warnings = findings().stream().filter(f -> file.equals(f.file()) && !f.isError()).count();
			return new IntakeRow(file, Formats.whole(errors),
					Formats.whole(warnings),
					Optional.ofNullable(sources.get(file)).map(SourceFile::sha256).orElse("not received"));
		}).toList();
	}

	private static int contractOrder(String file) {
		for (Source source : Source.values()) {
			if (source.fileName().equalsIgnoreCase(file)) {
				return source.ordinal();
			}
		}
		return Source.values().length;
	}

	private List<Finding> findings() {
		return list(report.findings());
	}

	private static <T> List<T> list(List<T> list) {
		return list == null ? List.of() : list;
	}

	static String plural(long n, String word) {
		return Formats.whole(n) + " " + word + (n == 1 ? "" : "s");
	}
}
