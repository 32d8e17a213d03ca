package org.scorecards.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticGeneratorOptionsTest {

	@Test
	void acceptsTheFullScaleOfTheBenchmark() {
		GeneratorOptions options = new GeneratorOptions(195, List.of(2025, 2023, 2024), 10_000_000, 1L);

		assertThat(options.sortedYears()).containsExactly(2023, 2024, 2025);
		assertThat(options.latestYear()).isEqualTo(2025);
	}

	@Test
	void keepsItsOwnCopyOfTheYears() {
		List<Integer> years = new ArrayList<>(List.of(2025));
		GeneratorOptions options = new GeneratorOptions(1, years, 10, 1L);
		years.add(2026);

		assertThat(options.years()).containsExactly(2025);
	}

	@Test
	void refusesMoreCountriesThanThereAreCodes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorOptions(700, List.of(2025), 10, 1L))
			.withMessageContaining("countries is 700, expected 1 to 649");
	}

	@Test
	void refusesNoYearsOrARepeatedYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorOptions(3, List.of(), 10, 1L))
			.withMessageContaining("years is empty");
		assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorOptions(3, List.of(2025, 2025), 10, 1L))
			.withMessageContaining("repeat a year");
	}

	@Test
	void refusesANegativeNumberOfRecords() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GeneratorOptions(3, List.of(2025), -1, 1L))
			.withMessageContaining("recordsPerCountry is -1");
	}
}
