package org.scorecards.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.scorecards.TestWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;

/** Operating the cycle: restart after a failure, re-run of one country, verification against the manifest. */
@SpringBootTest
class CycleOperationsFunctionalTest {

	static final Path work = temporaryDirectory();

	static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

	@Autowired
	CycleLauncher launcher;

	@DynamicPropertySource
	static void jobRepository(DynamicPropertyRegistry registry) {
		registry.add("scorecards.db", () -> work.resolve("db/scorecards").toString());
	}

	@Test
	void aFailedRunResumesWhereItStoppedAndEndsAsAnUninterruptedRunWould() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("restart/input"));
		Path templates = copyOfTemplates(work.resolve("restart/templates"));
		Path keyFigures = templates.resolve("scorecard-key-figures.jrxml");
		String good = Files.readString(keyFigures);
		Files.writeString(keyFigures, "<jasperReport broken");
		CycleParameters parameters = new CycleParameters(2025, input, work.resolve("restart/output"), null, null, null,
				templates, AS_OF, 2, 5);

		CycleResult failed = launcher.run(parameters);
		assertThat(failed.completed()).isFalse();
		assertThat(files(parameters.output())).noneMatch(f -> f.getFileName().toString().endsWith(".part"))
			.noneMatch(f -> f.toString().endsWith("scorecard.pdf"));

		Files.writeString(keyFigures, good);
		CycleResult resumed = launcher.run(parameters);
		assertThat(resumed.completed()).isTrue();
		var runs = launcher.runs(2);
		// A restart is a new execution of the same job instance.
		assertThat(runs.get(0).getJobInstance().getInstanceId()).isEqualTo(runs.get(1).getJobInstance().getInstanceId());
		assertThat(runs.get(1).getId()).isEqualTo(failed.executionId());
		var stepsRun = runs.get(0).getStepExecutions().stream().map(s -> s.getStepName()).toList();
		// Scoring had completed: only the failed rendering and what follows it ran again.
		assertThat(stepsRun).doesNotContain("scoreCountries").contains("renderCountries", "publishSummary");

		CycleParameters clean = new CycleParameters(2025, input, work.resolve("restart/clean"), null, null, null,
				Path.of("templates"), AS_OF, 2, 5);
		assertThat(launcher.run(clean).completed()).isTrue();
		for (Path file : Manifest.publishedFiles(clean.output().resolve("2025"))) {
			Path twin = parameters.output().resolve(clean.output().relativize(file).toString());
			assertThat(Files.readAllBytes(twin)).as(twin.toString()).isEqualTo(Files.readAllBytes(file));
		}
	}

	@Test
	void aResumedRunScoresAgainACountryWhoseInputsChangedSinceTheFailedRun() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("changed/input"));
		Path templates = copyOfTemplates(work.resolve("changed/templates"));
		Path keyFigures = templates.resolve("scorecard-key-figures.jrxml");
		String good = Files.readString(keyFigures);
		Files.writeString(keyFigures, "<jasperReport broken");
		CycleParameters parameters = new CycleParameters(2025, input, work.resolve("changed/output"), null, null, null,
				templates, AS_OF, 2, 5);
		assertThat(launcher.run(parameters).completed()).isFalse();

		// The focal point corrects a record while the run is down: the training file loses a session.
		Path training = input.resolve("2025/XAA/training.csv");
		List<String> lines = Files.readAllLines(training);
		Files.write(training, lines.subList(0, lines.size() - 1));
		Files.writeString(keyFigures, good);
		CycleResult resumed = launcher.run(parameters);

		assertThat(resumed.completed()).isTrue();
		String intake = Files.readString(parameters.feedbackTree().yearFile(2025, "intake", "csv"));
		assertThat(intake).contains("XAA,training.csv," + (lines.size() - 2) + ",");
		var stepsRun = launcher.runs(1).get(0).getStepExecutions().stream().map(s -> s.getStepName()).toList();
		assertThat(stepsRun).contains("scoreCountries");
	}

	@Test
	void aResumedRunScoresAgainACountryWhoseEarlierYearChangedSinceTheFailedRun() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("earlier/input"));
		Path templates = copyOfTemplates(work.resolve("earlier/templates"));
		Path keyFigures = templates.resolve("scorecard-key-figures.jrxml");
		String good = Files.readString(keyFigures);
		Files.writeString(keyFigures, "<jasperReport broken");
		CycleParameters parameters = new CycleParameters(2025, input, work.resolve("earlier/output"), null, null, null,
				templates, AS_OF, 2, 5);
		assertThat(launcher.run(parameters).completed()).isFalse();
		var stale = new WorkArea(parameters).outcome("XAA").previous().overall();

		// Last year's workbook is corrected while the run is down: the trend and history re-score it.
		Map<String, Object> lastYear = new LinkedHashMap<>(TestWorkbooks.workedExample2025());
		lastYear.put("PV.1", "No");
		lastYear.put("PT.4", "No");
		TestWorkbooks.write(input.resolve("2024/XAA/indicators.xlsx"), "XAA", 2024, lastYear, Map.of());
		Files.writeString(keyFigures, good);
		CycleResult resumed = launcher.run(parameters);

		assertThat(resumed.completed()).isTrue();
		var stepsRun = launcher.runs(1).get(0).getStepExecutions().stream().map(s -> s.getStepName()).toList();
		assertThat(stepsRun).contains("scoreCountries");
		assertThat(new WorkArea(parameters).outcome("XAA").previous().overall()).isLessThan(stale);
	}

	@Test
	void aSecondRunOnTheSameOutputIsRefusedAndTouchesNothing() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("locked/input"));
		Path output = work.resolve("locked/output");
		CycleParameters parameters = new CycleParameters(2025, input, output, null, null, null, Path.of("templates"),
				AS_OF, 2, 5);
		Path leftover = Files.createDirectories(output.resolve("2025/XAA")).resolve(".XAA-2025-annex.xlsx123.part");
		Files.writeString(leftover, "the first run is writing this");
		// The first run holds the output folder (here in this process; across processes the OS lock does the same).
		try (var channel = java.nio.channels.FileChannel.open(output.resolve(".lock"),
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
				var lock = channel.lock()) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> launcher.run(parameters))
				.isInstanceOf(IllegalStateException.class)
				.hasMessage("another run is writing to " + output + "; wait until it ends (or stop it), then run again");
			assertThat(leftover).exists();
		}
	}

	@Test
	void reRunningOneCountryUpdatesTheSummaryAndLeavesUnaffectedCountriesAlone() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("rerun/input"));
		Path output = work.resolve("rerun/output");
		assertThat(launcher.run(parameters(input, output, null)).completed()).isTrue();
		Path scores = output.resolve("2025/summary/2025-scores.csv");
		String scoresBefore = Files.readString(scores);
		Path untouched = work.resolve("rerun/feedback/2025/XAB/XAB-2025-validation.xlsx");
		Files.setLastModifiedTime(untouched, FileTime.fromMillis(0));

		// The focal point withdraws training.csv: PT.7 and PR.5 are then not reported.
		Files.delete(input.resolve("2025/XAA/training.csv"));
		CycleResult rerun = launcher.run(parameters(input, output, "XAA"));

		assertThat(rerun.completed()).isTrue();
		String scoresAfter = Files.readString(scores);
		assertThat(scoresAfter).isNotEqualTo(scoresBefore)
			.contains("XAA,2025,indicator,PT.7,,0.0000,,,,,not_reported,,")
			.contains("XAB,2025,overall,overall,,,,,,,not_rated,,");
		assertThat(Files.getLastModifiedTime(untouched).toMillis()).isZero();
		assertThat(ManifestCheck.verify(output.resolve("2025"))).isEmpty();
	}

	@Test
	void aReRunThatChangesNoScoreReusesTheRobustnessAnalysisAndAChangedScoreDrawsAgain() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("robust/input"));
		Path output = work.resolve("robust/output");
		assertThat(launcher.run(parameters(input, output, null)).completed()).isTrue();
		Path analysis = new WorkArea(parameters(input, output, null)).workDir().resolve("robustness.json");
		Path table = output.resolve("2025/summary/2025-robustness.csv");
		String tableBefore = Files.readString(table);
		Files.setLastModifiedTime(analysis, FileTime.fromMillis(0));

		assertThat(launcher.run(parameters(input, output, "XAA")).completed()).isTrue();

		assertThat(Files.getLastModifiedTime(analysis).toMillis()).as("reused, not written again").isZero();
		assertThat(Files.readString(table)).isEqualTo(tableBefore);

		Files.delete(input.resolve("2025/XAA/training.csv"));
		assertThat(launcher.run(parameters(input, output, "XAA")).completed()).isTrue();

		assertThat(Files.getLastModifiedTime(analysis).toMillis()).as("analysed again").isNotZero();
		assertThat(ManifestCheck.verify(output.resolve("2025"))).isEmpty();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aReRunThatChangesNothingTheDocumentsShowKeepsThemAndAnyChangeWritesThemAgain(CapturedOutput console)
			throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("keep/input"));
		Path output = work.resolve("keep/output");
		assertThat(launcher.run(parameters(input, output, null)).completed()).isTrue();
		Path pdf = output.resolve("2025/summary/2025-summary.pdf");
		Path workbook = output.resolve("2025/summary/2025-summary.xlsx");
		byte[] pdfBefore = Files.readAllBytes(pdf);
		byte[] workbookBefore = Files.readAllBytes(workbook);
		String kept = "summary   unchanged since the last run: its documents are kept";
		assertThat(console.getOut()).doesNotContain(kept);

		CycleResult rerun = launcher.run(parameters(input, output, "XAA"));

		assertThat(rerun.completed()).isTrue();
		assertThat(console.getOut()).containsOnlyOnce(kept);
		// XAA's scorecard and annex, the six tables and the manifest; its validation workbook was kept too.
		assertThat(rerun.documents()).isEqualTo(8);
		assertThat(ManifestCheck.verify(output.resolve("2025"))).isEmpty();

		// A validation workbook changed by hand is written again.
		Path validation = work.resolve("keep/feedback/2025/XAA/XAA-2025-validation.xlsx");
		byte[] validationBefore = Files.readAllBytes(validation);
		Files.write(validation, new byte[] { 1, 2, 3 });
		assertThat(launcher.run(parameters(input, output, "XAA")).documents()).isEqualTo(9);
		assertThat(validation).hasBinaryContent(validationBefore);

		// A document changed by hand is not kept: the summary is written again from the cycle.
		Files.write(workbook, new byte[] { 1, 2, 3 });
		assertThat(launcher.run(parameters(input, output, "XAA")).completed()).isTrue();
		assertThat(times(console.getOut(), kept)).as("the summary kept again only after the validation workbook").isEqualTo(2);
		assertThat(workbook).hasBinaryContent(workbookBefore);
		assertThat(ManifestCheck.verify(output.resolve("2025"))).isEmpty();

		// A score that moves is a new summary.
		Files.delete(input.resolve("2025/XAA/training.csv"));
		assertThat(launcher.run(parameters(input, output, "XAA")).completed()).isTrue();
		assertThat(times(console.getOut(), kept)).as("the summary kept again only after the validation workbook").isEqualTo(2);
		assertThat(Files.readAllBytes(pdf)).isNotEqualTo(pdfBefore);
		assertThat(ManifestCheck.verify(output.resolve("2025"))).isEmpty();
	}

	@Test
	void verifyFindsAChangedOutput() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("verify/input"));
		Path output = work.resolve("verify/output");
		assertThat(launcher.run(parameters(input, output, null)).completed()).isTrue();
		assertThat(ManifestCheck.verify(output.resolve("2025"))).isEmpty();

		Files.writeString(output.resolve("2025/summary/2025-scores.csv"), "edited by hand\n");
		Files.writeString(output.resolve("2025/summary/notes.txt"), "stray file\n");

		assertThat(ManifestCheck.verify(output.resolve("2025"))).containsExactly("changed:  summary/2025-scores.csv",
				"not in the manifest: summary/notes.txt");
	}

	private static int times(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private static CycleParameters parameters(Path input, Path output, String country) {
		return new CycleParameters(2025, input, output, country, null, null, Path.of("templates"), AS_OF, 2, 5);
	}

	private static List<Path> files(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of(); // a run that failed before rendering publishes nothing at all
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private static Path copyOfTemplates(Path target) throws IOException {
		Files.createDirectories(target);
		try (Stream<Path> files = Files.list(Path.of("templates"))) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName().toString()));
			}
		}
		return target;
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("scorecard-operations");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
