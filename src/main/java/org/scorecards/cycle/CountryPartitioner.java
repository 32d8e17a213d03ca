package org.scorecards.cycle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.scorecards.reference.Country;
import org.scorecards.reference.ReferenceData;

/**
 * One partition per country of the cycle (countries.csv), or the one country asked for plus the others whose
 * documents must change with it ({@code alsoAffected}); announces the stage to the progress display.
 */
final class CountryPartitioner implements Partitioner {

	static final String ISO3 = "iso3";

	private final CycleParameters parameters;

	private final ReferenceData reference;

	private final Set<String> alsoAffected;

	private final String stage;

	private final Progress progress;

	CountryPartitioner(CycleParameters parameters, ReferenceData reference, Set<String> alsoAffected, String stage,
			Progress progress) {
		this.parameters = parameters;
		this.reference = reference;
		this.alsoAffected = alsoAffected;
		this.stage = stage;
		this.progress = progress;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (Country country : reference.countries()) {
			if (parameters.country() == null || parameters.country().equalsIgnoreCase(country.iso3())
					|| alsoAffected.contains(country.iso3())) {
				ExecutionContext context = new ExecutionContext();
				context.putString(ISO3, country.iso3());
				partitions.put(country.iso3(), context);
			}
		}
		progress.start(stage, partitions.size());
		return partitions;
	}
}
