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
import org.springframework.stereotype.Component;

import org.scorecards.Checksums;
import org.scorecards.intake.CountrySubmission;
import org.scorecards.reference.Country;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryScorer;
import org.scorecards.scoring.KeyFigures;
import org.scorecards.validation.Finding;
import org.scorecards.validation.ChangeReview;

/**
 * Reads, validates and scores one country: the reporting year, and the two years before re-scored under the
 * same methodology for the trend and the three-year history. A failure is recorded against the country; the others carry on.
 */
@Component
class ScoreCountryTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ScoreCountryTasklet.class);

	private final CycleResources resources;

	ScoreCountryTasklet(CycleResources resources) {
		this.resources = resources;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var stepExecution = chunkContext.getStepContext().getStepExecution();
		CycleParameters parameters = CycleParameters.from(stepExecution.getJobParameters());
		String iso3 = stepExecution.getExecutionContext().getString(CountryPartitioner.ISO3);
		Country country = resources.reference(parameters).country(iso3).orElseThrow();
		CountryOutcome outcome;
		try {
			outcome = score(parameters, country);
		}
		catch (RuntimeException ex) {
			log.error("{}: scoring failed", iso3, ex);
			Finding failure = resources.catalogue().finding("processing.failed", iso3, "", "", "",
					Map.of("reason", String.valueOf(ex.getMessage())));
			outcome = new CountryOutcome(country, parameters.year(),
					CountryScore.blocked(iso3, parameters.year(), "processing failed"), null, null, KeyFigures.empty(),
					List.of(failure), List.of(), List.of(), Map.of(), "");
		}
		new WorkArea(parameters).save(outcome);
		contribution.incrementReadCount();
		return RepeatStatus.FINISHED;
	}

	private CountryOutcome score(CycleParameters parameters, Country country) {
		String iso3 = country.iso3();
		int year = parameters.year();
		CountryScorer scorer = new CountryScorer(resources.methodology(parameters));
		Path folder = parameters.input().resolve(Integer.toString(year)).resolve(iso3);
		if (!Files.isDirectory(folder)) {
			Finding missing = resources.catalogue().finding("submission.missing", iso3, "", "", "", Map.of("year", year));
			return new CountryOutcome(country, year, CountryScore.blocked(iso3, year, "no submission received"),
					earlier(parameters, country, scorer, 1), earlier(parameters, country, scorer, 2), KeyFigures.empty(),
					List.of(missing), List.of(), List.of(),
					Map.of(), "");
		}
		CountrySubmission submission = resources.intake(parameters).read(folder, iso3, year, parameters.asOf());
		CountryScore score = submission.blocked() ? CountryScore.blocked(iso3, year, submission.blockedReason())
				: scorer.score(iso3, year, submission.evidence());
		CountryScore previous = earlier(parameters, country, scorer, 1);
		ChangeReview.Review changes = new ChangeReview(resources.methodology(parameters), resources.catalogue())
			.review(score, previous, submission.workbookLocations());
		score = score.withWarnings(changes.codes());
		List<Finding> findings = Stream.concat(submission.findings().stream(), changes.findings().stream())
			.sorted(Finding.REPORT_ORDER)
			.toList();
		return new CountryOutcome(country, year, score, previous, earlier(parameters, country, scorer, 2),
				submission.keyFigures(), findings,
				submission.intake(), submission.sources(), submission.narrative(), fingerprint(submission));
	}

	/** The inputs of {@code yearsBack} years before, re-scored under this run's methodology, or {@code null}. */
	private CountryScore earlier(CycleParameters parameters, Country country, CountryScorer scorer, int yearsBack) {
		int year = parameters.year() - yearsBack;
		Path folder = parameters.input().resolve(Integer.toString(year)).resolve(country.iso3());
		if (!Files.isDirectory(folder)) {
			return null;
		}
		CountrySubmission submission = resources.intake(parameters).read(folder, country.iso3(), year);
		return submission.blocked() ? CountryScore.blocked(country.iso3(), year, submission.blockedReason())
				: scorer.score(country.iso3(), year, submission.evidence());
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
