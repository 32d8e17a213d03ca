package org.scorecards.synthetic;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticFictionalCountriesTest {

	@Test
	void codesAreAssignedInOrderFromXaa() {
		assertThat(List.of(FictionalCountries.code(0), FictionalCountries.code(1), FictionalCountries.code(26)))
			.containsExactly("XAA", "XAB", "XBA");
	}

	@Test
	void codesUsedByRealDocumentsAreSkipped() {
		List<String> codes = FictionalCountries.create(FictionalCountries.MAX_COUNTRIES, 1L)
			.stream()
			.map(FictionalCountry::iso3)
			.toList();

		assertThat(codes).doesNotContain("XKX").noneMatch(code -> code.startsWith("XX")).doesNotHaveDuplicates();
		assertThat(codes.get(codes.size() - 1)).isEqualTo("XZZ");
	}

	@Test
	void everyCountryUpToTheLastCodeHasItsOwnName() {
		List<FictionalCountry> countries = FictionalCountries.create(FictionalCountries.MAX_COUNTRIES, 1L);

		assertThat(countries).extracting(FictionalCountry::name).doesNotHaveDuplicates().allMatch(n -> !n.isBlank());
		assertThat(countries).extracting(FictionalCountry::region)
			.containsOnlyElementsOf(FictionalCountries.REGIONS);
	}

	@Test
	void listedNamesComeFirstWithTheirDiacriticsAndApostrophes() {
		assertThat(FictionalCountries.create(3, 99L)).extracting(FictionalCountry::name)
			.containsExactly("Côte d'Azuria", "Türkmenia", "São Aurélio and Príncipe");
	}

	@Test
	void someCapableCountriesAnswerNoToACriticalIndicator() {
		List<FictionalCountry> countries = FictionalCountries.create(195, 5L);

		assertThat(countries).filteredOn(c -> c.gap() != FictionalCountry.CriticalGap.NONE)
			.hasSizeBetween(30, 50)
			.allMatch(c -> c.capacity() >= 0.6);
	}

	@Test
	void populationsSpanSmallAndLargeStates() {
		List<FictionalCountry> countries = FictionalCountries.create(195, 5L);

		assertThat(countries).extracting(FictionalCountry::basePopulation)
			.allMatch(p -> p >= 200_000 && p <= 150_000_000)
			.anyMatch(p -> p < 1_000_000)
			.anyMatch(p -> p > 50_000_000);
	}

	@Test
	void codesBeyondTheLastAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> FictionalCountries.code(FictionalCountries.MAX_COUNTRIES));
	}
}
