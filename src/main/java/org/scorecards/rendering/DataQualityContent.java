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

	private final Formats words;

	DataQualityContent(CountryReport report, Formats words) {
		this.report = report;
		this.words = words;
	}

	String summary() {
		long errors = findings().stream().filter(Finding::isError).count();
		long warnings = findings().size() - errors;
		String file = report.country().iso3() + "-" + report.year() + "-validation.xlsx";
		if (errors == 0 && warnings == 0) {
			return words.text("quality.clean");
		}
		return words.text("quality.findings", plural(errors, "quality.errors"), plural(warnings, "quality.warnings"),
				file);
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
			return new IntakeRow(file, words.whole(errors), words.whole(warnings),
					Optional.ofNullable(sources.get(file)).map(SourceFile::sha256).orElse(words.text("quality.not_received")));
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

	/** "1 error", "4 errors": {@code key.one} or {@code key.other}; languages with more forms word both alike. */
	private String plural(long n, String key) {
		return words.text(key + (n == 1 ? ".one" : ".other"), words.whole(n));
	}
}
