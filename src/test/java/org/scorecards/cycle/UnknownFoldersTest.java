package org.scorecards.cycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.reference.ReferenceData;
import org.scorecards.reference.ReferenceDataLoader;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;
import org.scorecards.validation.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PublishSummaryTasklet#unknownFolders}: a folder of the year that is not a country of the cycle is
 * reported, and its name, untrusted, never reaches a finding as a path.
 */
class UnknownFoldersTest {

	/** Countries XAA and XAB. */
	static final ReferenceData REFERENCE = ReferenceDataLoader.load(Path.of("src/test/resources/cycle-fixture/reference"));

	@TempDir
	Path input;

	List<Finding> unknownFolders(String... folders) throws IOException {
		for (String folder : folders) {
			Files.createDirectories(input.resolve("2025").resolve(folder));
		}
		CycleParameters parameters = new CycleParameters(2025, input, input.resolve("output"), null, null, null,
				Path.of("templates"), LocalDate.of(2026, 3, 1), 1, 5);
		return PublishSummaryTasklet.unknownFolders(parameters, REFERENCE, RuleCatalogue.bundled());
	}

	@Test
	void foldersThatAreNotACountryOfTheCycleAreReportedInNameOrder() throws IOException {
		List<Finding> findings = unknownFolders("XAA", "XAB", "xaa", "ABCD", "QQQ", "X A", "é12", "..x");
		assertThat(findings).extracting(Finding::value).containsExactly("..x", "ABCD", "QQQ", "X A", "xaa", "é12");
		assertThat(findings).allSatisfy(f -> {
			assertThat(f.rule()).isEqualTo("folder.unknown_country");
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
		});
		assertThat(findings.get(2).message())
			.isEqualTo("folder 2025/QQQ is not the ISO3 code of a country in countries.csv; its files were not read");
	}

	@Test
	void aKnownCountryFolderIsNotReported() throws IOException {
		assertThat(unknownFolders("XAA")).isEmpty();
	}

	@Test
	void filesBesideTheCountryFoldersAreNotFolders() throws IOException {
		Files.createDirectories(input.resolve("2025"));
		Files.writeString(input.resolve("2025/README.txt"), "notes");
		assertThat(unknownFolders("XAB")).isEmpty();
	}

	@Test
	void aReportedNameNeverCarriesAPathSeparatorOrControlCharacter() throws IOException {
		// Linux allows a backslash, a newline or a tab in a folder name; none may reach a report as such.
		List<Finding> findings = unknownFolders("..\\..\\x", "a\nb", "c\td", "<script>");
		assertThat(findings).extracting(Finding::value).containsExactly("..?..?x", "?script?", "a?b", "c?d");
		assertThat(findings).allSatisfy(f -> {
			assertThat(f.value()).doesNotContain("/", "\\", "\n", "\t");
			assertThat(f.message()).doesNotContain("\\", "\n", "\t").startsWith("folder 2025/" + f.value() + " ");
		});
	}
}
