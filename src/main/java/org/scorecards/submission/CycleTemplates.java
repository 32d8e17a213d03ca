package org.scorecards.submission;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.scorecards.OutputTree;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.Country;
import org.scorecards.template.CountryTemplates;
import org.scorecards.template.WorkbookTemplate;

/**
 * The pre-filled workbooks of a cycle, written for every country when the cycle opens, where the
 * {@code template} command writes them ({@link CountryTemplates#target}): the focal point downloads the one
 * made for their country then, the same bytes every time, not a fresh one per click.
 */
@Component
public class CycleTemplates {

	private final SubmissionStore store;

	private final OutputTree output;

	CycleTemplates(SubmissionStore store, @Value("${scorecards.output:output}") Path output) {
		this.store = store;
		this.output = new OutputTree(output);
	}

	/** Writes every country's workbook of the cycle; returns how many. */
	int writeAll(Cycle cycle) {
		CountryTemplates templates = templates(cycle);
		int written = 0;
		for (Country country : store.reference().countries()) {
			templates.write(country, cycle.year());
			written++;
		}
		return written;
	}

	/**
	 * The country's stored workbook; written now when it is missing (a cycle opened before templates were
	 * stored, or a country added since), unless the cycle is published: its output tree is then frozen.
	 */
	public Path stored(Cycle cycle, String iso3) {
		Path file = CountryTemplates.target(output, cycle.year(), iso3);
		if (!Files.isRegularFile(file) && !cycle.published()) {
			store.reference().country(iso3).ifPresent(country -> templates(cycle).write(country, cycle.year()));
		}
		return file;
	}

	private CountryTemplates templates(Cycle cycle) {
		Methodology methodology = MethodologyLoader.bundled(cycle.methodology());
		return new CountryTemplates(store.input(), output, methodology,
				new WorkbookTemplate(methodology, cycle.deadline(), store.input().synthetic()));
	}
}
