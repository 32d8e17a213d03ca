package org.scorecards.cycle;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.scorecards.rendering.CountTable;
import org.scorecards.rendering.DisclosureAudit;
import org.scorecards.rendering.Suppression;

/**
 * Proves, before anything is rendered, that no count shown as "&lt;threshold" in any country's tables can be
 * narrowed from what is published ({@link DisclosureAudit}); a single problem fails the run, so nothing of it
 * is published. Every country of the year is audited, those of earlier runs included: the summary publishes
 * them all.
 */
class AuditDisclosureTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(AuditDisclosureTasklet.class);

	private final CycleParameters parameters;

	AuditDisclosureTasklet(CycleParameters parameters) {
		this.parameters = parameters;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		int threshold = parameters.suppressionThreshold();
		List<String> problems = new ArrayList<>();
		long small = 0;
		long secondary = 0;
		long withheld = 0;
		for (CountryOutcome outcome : new WorkArea(parameters).outcomes()) {
			List<CountTable> tables = Suppression.tables(outcome.keyFigures(), outcome.score(), threshold);
			problems.addAll(DisclosureAudit.audit(outcome.country().iso3(), tables, threshold));
			for (CountTable table : tables) {
				withheld += table.withheld() ? 1 : 0;
				for (CountTable.Cell cell : table.cells()) {
					small += cell.mark() == CountTable.Mark.SMALL ? 1 : 0;
					secondary += cell.mark() == CountTable.Mark.SECONDARY && !table.withheld() ? 1 : 0;
				}
			}
			contribution.incrementReadCount();
		}
		log.info("Disclosure control: {} counts shown as <{}, {} withheld to protect them, {} tables withheld whole",
				small, threshold, secondary, withheld);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Disclosure audit failed, nothing published: " + String.join("; ", problems));
		}
		return RepeatStatus.FINISHED;
	}
}
