package org.scorecards.cycle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.scorecards.reference.Country;

/**
 * One partition per country of the cycle (countries.csv), or the one country asked for plus the others whose
 * documents must change with it ({@code alsoAffected}).
 */
final class CountryPartitioner implements Partitioner {

	static final String ISO3 = "iso3";

	private final CycleParameters parameters;

	private final CycleResources resources;

	private final Set<String> alsoAffected;

	CountryPartitioner(CycleParameters parameters, CycleResources resources, Set<String> alsoAffected) {
		this.parameters = parameters;
		this.resources = resources;
		this.alsoAffected = alsoAffected;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (Country country : resources.reference(parameters).countries()) {
			if (parameters.country() == null || parameters.country().equalsIgnoreCase(country.iso3())
					|| alsoAffected.contains(country.iso3())) {
				ExecutionContext context = new ExecutionContext();
				context.putString(ISO3, country.iso3());
				partitions.put(country.iso3(), context);
			}
		}
		return partitions;
	}
}
