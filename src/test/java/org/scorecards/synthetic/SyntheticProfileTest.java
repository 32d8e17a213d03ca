package org.scorecards.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.language.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticProfileTest {

	@Test
	void realisticVolumesAreSkewedAsInRealStatistics() {
		List<Double> victims = FictionalCountries.create(195, 2025L, Profile.REALISTIC)
			.stream()
			.map(c -> 300 * c.volume())
			.sorted()
			.toList();

		// Most countries report a few hundred victims, a few report over 10,000.
		assertThat(victims.get(97)).isCloseTo(300, within(1.0));
		assertThat(victims).filteredOn(v -> v < 1_000).hasSizeGreaterThan(140);
		assertThat(victims).filteredOn(v -> v > 10_000).hasSizeBetween(2, 5);
	}

	@Test
	void realisticCountriesPublishInAMixOfTheSixLanguages() {
		java.util.Map<Language, Long> languages = FictionalCountries.create(100, 2025L, Profile.REALISTIC)
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(c -> Profile.REALISTIC.language(c.index()),
					java.util.stream.Collectors.counting()));

		assertThat(languages).containsEntry(Language.EN, 60L)
			.containsEntry(Language.FR, 20L)
			.containsEntry(Language.ES, 10L)
			.containsEntry(Language.AR, 5L)
			.containsEntry(Language.RU, 3L)
			.containsEntry(Language.ZH, 2L);
		assertThat(Profile.DEMO.language(7)).isEqualTo(Language.EN);
	}

	@Test
	void realisticKeepsEveryOtherTraitOfTheDemo() {
		List<FictionalCountry> demo = FictionalCountries.create(20, 7L);
		List<FictionalCountry> realistic = FictionalCountries.create(20, 7L, Profile.REALISTIC);

		for (int i = 0; i < demo.size(); i++) {
			assertThat(realistic.get(i).withVolume(demo.get(i).volume())).isEqualTo(demo.get(i));
		}
	}

	@Test
	void stressWritesExactlyTheRequestedRows(@TempDir Path temp) throws IOException {
		new SyntheticDataGenerator(new GeneratorOptions(1, List.of(2025), 1_000, 3L, Profile.STRESS)).generate(temp);

		assertThat(Files.readAllLines(temp.resolve("2025/XAA/victims.csv"))).hasSize(1 + 1_000);
		assertThat(Files.readAllLines(temp.resolve("2025/XAA/prosecutions.csv"))).hasSize(1 + 200);
		assertThat(Files.readString(temp.resolve("SYNTHETIC.md"))).contains("generate --profile stress --countries 1");
	}

	@Test
	void normalQuantileMatchesTheTables() {
		assertThat(Draw.normalQuantile(0.5)).isCloseTo(0, within(1e-9));
		assertThat(Draw.normalQuantile(0.975)).isCloseTo(1.959964, within(1e-6));
		assertThat(Draw.normalQuantile(0.001)).isCloseTo(-3.090232, within(1e-6));
	}
}
