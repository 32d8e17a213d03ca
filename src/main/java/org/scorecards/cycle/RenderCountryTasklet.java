package org.scorecards.cycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.scorecards.rendering.CountryReport;
import org.scorecards.scoring.CountryStatus;

/**
 * Writes one country's documents: the validation workbook unless the one there was made from the same inputs,
 * the scorecard and annex unless the country is blocked (there is nothing scored to publish).
 */
class RenderCountryTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(RenderCountryTasklet.class);

	private final String iso3;

	private final CycleParameters parameters;

	private final ReportAssembler assembler;

	private final CountryDocuments documents;

	RenderCountryTasklet(String iso3, CycleParameters parameters, ReportAssembler assembler,
			CountryDocuments documents) {
		this.iso3 = iso3;
		this.parameters = parameters;
		this.assembler = assembler;
		this.documents = documents;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long start = System.nanoTime();
		WorkArea work = new WorkArea(parameters);
		CountryReport report = assembler.country(work.outcome(iso3), work.standings());
		long assembled = System.nanoTime();
		if (documents.validation(report)) {
			contribution.incrementWriteCount(1);
		}
		long validated = System.nanoTime();
		long compiled = validated;
		long scorecard = validated;
		if (report.score().status() != CountryStatus.BLOCKED) {
			// Compiled once per run; the first partitions wait for it, so it is timed apart from rendering.
			documents.prepareTemplates();
			compiled = System.nanoTime();
			documents.scorecard(report);
			scorecard = System.nanoTime();
			documents.annex(report);
			contribution.incrementWriteCount(2);
		}
		// Read by bench/run.sh (logging.level.org.scorecards.cycle.RenderCountryTasklet=DEBUG): time per document.
		log.debug("render-timing {} assemble={} validation={} templates={} scorecard={} annex={}", iso3,
				micros(assembled - start), micros(validated - assembled), micros(compiled - validated),
				micros(scorecard - compiled), micros(System.nanoTime() - scorecard));
		return RepeatStatus.FINISHED;
	}

	private static long micros(long nanos) {
		return nanos / 1_000;
	}
}
