package org.scorecards.cycle;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.scorecards.rendering.ScorecardPdf;
import org.scorecards.rendering.SummaryPdf;

/**
 * The report templates, compiled once per templates folder for the life of the process: compiling takes
 * seconds, and a compiled report is read-only while it fills, so every run and worker shares it.
 */
@Component
class CompiledReports {

	private final Map<Path, ScorecardPdf> scorecards = new ConcurrentHashMap<>();

	private final Map<Path, SummaryPdf> summaries = new ConcurrentHashMap<>();

	ScorecardPdf scorecardPdf(Path templates) {
		return scorecards.computeIfAbsent(templates.toAbsolutePath().normalize(), ScorecardPdf::new);
	}

	SummaryPdf summaryPdf(Path templates) {
		return summaries.computeIfAbsent(templates.toAbsolutePath().normalize(), SummaryPdf::new);
	}
}
