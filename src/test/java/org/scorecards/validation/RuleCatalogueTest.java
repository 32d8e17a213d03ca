package org.scorecards.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleCatalogueTest {

	@TempDir
	Path dir;

	@Test
	void aMessageIsFilledFromTheFindingAndItsFacts() {
		Finding finding = RuleCatalogue.bundled().finding("file.too_large", "XAA", "victims.csv", "", "",
				Map.of("size", 3000, "limit", 2048));
		assertThat(finding.message()).isEqualTo("victims.csv is 3000 MB, above the limit of 2048 MB; it was not read");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
	}

	@Test
	void aTypoedPlaceholderFailsTheLoad() throws IOException {
		Path rules = rules("""
				  file.too_large: {severity: error, facts: [size, limit], message: "{file} is {sise} MB"}
				""");
		assertThatThrownBy(() -> RuleCatalogue.load(rules)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("file.too_large")
			.hasMessageContaining("{sise}");
	}

	@Test
	void aFindingLackingAFactItsMessageNeedsIsRefusedNotPrintedHalfFilled() {
		assertThatThrownBy(() -> RuleCatalogue.bundled().finding("file.too_large", "XAA", "victims.csv", "", "",
				Map.of("size", 3000))).isInstanceOf(IllegalStateException.class).hasMessageContaining("{limit}");
	}

	@Test
	void aWorkbookCheckMustNameARuleOfTheCatalogue() throws IOException {
		Path rules = rules("""
				  consistency.mla_executed: {severity: error, facts: [limit], message: "too many, above {limit}"}
				workbook_checks:
				  - {rule: consistency.typo, code: PA.3b, at_most: PA.3a}
				""");
		assertThatThrownBy(() -> RuleCatalogue.load(rules)).hasMessageContaining("consistency.typo");
	}

	private Path rules(String body) throws IOException {
		Path file = dir.resolve("rules.yaml");
		Files.writeString(file, "parameters: {change_factor: 3}\nrules:\n" + body);
		return file;
	}
}
