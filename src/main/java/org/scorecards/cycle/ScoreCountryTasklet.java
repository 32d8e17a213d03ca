package org.scorecards.cycle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.scorecards.Checksums;
import org.scorecards.intake.CountryIntake;
import org.scorecards.intake.CountrySubmission;
import org.scorecards.intake.CsvRules;
import org.scorecards.methodology.Methodology;
import org.scorecards.reference.Country;
import org.scorecards.reference.ReferenceData;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryScorer;
import org.scorecards.intake.KeyFigures;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

/**
 * Reads, validates and scores one country: the reporting year, and the two years before re-scored under the
 * same methodology for the trend and the three-year history. A failure is recorded against the country; the others carry on.
 */
class ScoreCountryTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ScoreCountryTasklet.class);

	private final String iso3;

	private final CycleParameters parameters;

	private final Methodology methodology;

	private final ReferenceData reference;

	private final RuleCatalogue catalogue;

	private final CountryIntake intake;

	ScoreCountryTasklet(String iso3, CycleParameters parameters, Methodology methodology, ReferenceData reference,
			RuleCatalogue catalogue, CsvRules csvRules) {
		this.iso3 = iso3;
		this.parameters = parameters;
		this.methodology = methodology;
		this.reference = reference;
		this.catalogue = catalogue;
		this.intake = new CountryIntake(methodology, csvRules, reference, catalogue);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Country country = reference.country(iso3).orElseThrow();
		CountryOutcome outcome;
		try {
			outcome = score(country);
		}
		catch (RuntimeException ex) {
			log.error("{}: scoring failed", iso3, ex);
			Finding failure = catalogue.finding("processing.failed", iso3, "", "", "",
					Map.of("reason", String.valueOf(ex.getMessage())));
			outcome = new CountryOutcome(country, parameters.year(),
					CountryScore.blocked(iso3, parameters.year(), "processing failed"), null, null, KeyFigures.empty(),
					List.of(failure), List.of(), List.of(), Map.of(), "");
		}
		new WorkArea(parameters).save(outcome);
		contribution.incrementReadCount();
		return RepeatStatus.FINISHED;
	}

	private CountryOutcome score(Country country) {
		int year = parameters.year();
		CountryScorer scorer = new CountryScorer(methodology);
		Path folder = parameters.inputTree().country(year, iso3);
		if (!Files.isDirectory(folder)) {
			Finding missing = catalogue.finding("submission.missing", iso3, "", "", "", Map.of("year", year));
			return new CountryOutcome(country, year, CountryScore.blocked(iso3, year, "no submission received"),
					earlier(scorer, 1), earlier(scorer, 2), KeyFigures.empty(),
					List.of(missing), List.of(), List.of(),
					Map.of(), "");
		}
		CountrySubmission submission = intake.read(folder, iso3, year);
		CountryScore score = submission.blocked() ? CountryScore.blocked(iso3, year, submission.blockedReason())
				: scorer.score(iso3, year, submission.evidence());
		CountryScore previous = earlier(scorer, 1);
		ChangeReview.Review changes = new ChangeReview(methodology, catalogue)
			.review(score, previous, submission.workbookLocations());
		score = score.withWarnings(changes.codes());
		List<Finding> findings = Stream.concat(submission.findings().stream(), changes.findings().stream())
			.sorted(Finding.REPORT_ORDER)
			.toList();
		return new CountryOutcome(country, year, score, previous, earlier(scorer, 2),
				submission.keyFigures(), findings,
				submission.intake(), submission.sources(), submission.narrative(), fingerprint(submission));
	}

	/** The inputs of {@code yearsBack} years before, re-scored under this run's methodology, or {@code null}. */
	private CountryScore earlier(CountryScorer scorer, int yearsBack) {
		int year = parameters.year() - yearsBack;
		Path folder = parameters.inputTree().country(year, iso3);
		if (!Files.isDirectory(folder)) {
			return null;
		}
		CountrySubmission submission = intake.read(folder, iso3, year);
		return submission.blocked() ? CountryScore.blocked(iso3, year, submission.blockedReason())
				: scorer.score(iso3, year, submission.evidence());
	}

	private static String fingerprint(CountrySubmission submission) {
		StringBuilder lines = new StringBuilder();
		submission.sources()
			.stream()
			.sorted(Comparator.comparing(s -> s.file()))
			.forEach(s -> lines.append(s.file()).append(' ').append(s.sha256()).append('\n'));
		return Checksums.sha256(lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}
}
