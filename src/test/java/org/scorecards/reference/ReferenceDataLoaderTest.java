package org.scorecards.reference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monitoring body's reference files: a fault in them is a located failure, never used silently. */
class ReferenceDataLoaderTest {

	@TempDir
	Path dir;

	@BeforeEach
	void goodFiles() throws Exception {
		Files.writeString(dir.resolve("countries.csv"), "iso3,name,region\nXAA,Dûnmore,North\nXAB,Azuria,North\n");
		Files.writeString(dir.resolve("population.csv"), "iso3,year,population\nXAA,2025,1000000\nXAB,2025,500000\n");
		Files.writeString(dir.resolve("exchange_rates.csv"), "currency,year,per_usd\nEUR,2025,0.8\n");
	}

	@Test
	void aByteOrderMarkAsExcelWritesItIsRead() throws Exception {
		byte[] text = "iso3,name,region\nXAA,Dûnmore,North\n".getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Files.write(dir.resolve("countries.csv"), withBom);
		assertThat(ReferenceDataLoader.load(dir).country("XAA")).isPresent();
	}

	@Test
	void aZeroOrNegativePopulationIsRefusedAtItsLine() throws Exception {
		for (String bad : new String[] { "0", "-5" }) {
			Files.writeString(dir.resolve("population.csv"), "iso3,year,population\nXAA,2025,1000000\nXAB,2025," + bad + "\n");
			assertThatThrownBy(() -> ReferenceDataLoader.load(dir)).hasMessageContaining("population.csv (line 3)")
				.hasMessageContaining("above 0");
		}
	}

	@Test
	void aPopulationGivenTwiceIsRefusedAtItsLine() throws Exception {
		Files.writeString(dir.resolve("population.csv"), "iso3,year,population\nXAA,2025,1000000\nXAA,2025,9\n");
		assertThatThrownBy(() -> ReferenceDataLoader.load(dir)).hasMessageContaining("population.csv (line 3)")
			.hasMessageContaining("twice");
	}

	@Test
	void aCountryGivenTwiceIsRefusedAtItsLine() throws Exception {
		Files.writeString(dir.resolve("countries.csv"), "iso3,name,region\nXAA,Dûnmore,North\nxaa,Other,South\n");
		assertThatThrownBy(() -> ReferenceDataLoader.load(dir)).hasMessageContaining("countries.csv (line 3)")
			.hasMessageContaining("twice");
	}

	@Test
	void anOverlongCountryNameIsRefusedAtItsLine() throws Exception {
		Files.writeString(dir.resolve("countries.csv"), "iso3,name,region\nXAA," + "N".repeat(40_000) + ",North\n");
		assertThatThrownBy(() -> ReferenceDataLoader.load(dir)).hasMessageContaining("countries.csv (line 2)")
			.hasMessageContaining("40000 characters");
	}
}
