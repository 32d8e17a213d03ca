package org.scorecards.cycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.scorecards.TestWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The validation job on the cycle fixture, as the Batch samples check a job: its steps and their statuses,
 * one partition per country, and the counts each step reports.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationJobFunctionalTest {

	static final Path work = temporaryDirectory();

	@Autowired
	CycleLauncher launcher;

	@Autowired
	JobRepository jobRepository;

	CycleResult result;

	JobExecution execution;

	@DynamicPropertySource
	static void jobRepository(DynamicPropertyRegistry registry) {
		registry.add("scorecards.db", () -> work.resolve("db/scorecards").toString());
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("validation-job");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@BeforeAll
	void validateTheCycle() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("input"));
		result = launcher.validate(new CycleParameters(2025, input, work.resolve("output"), null, null, null,
				Path.of("templates"), LocalDate.of(2026, 3, 1), 2, 5));
		execution = jobRepository.getJobExecution(result.executionId());
	}

	@Test
	void theJobRunsItsTwoStepsInOrderAndCompletes() {
		assertThat(execution.getJobInstance().getJobName()).isEqualTo(ValidationJobConfiguration.JOB);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(managerSteps()).extracting(StepExecution::getStepName, StepExecution::getStatus)
			.containsExactly(tuple("scoreCountries", BatchStatus.COMPLETED), tuple("publishFindings", BatchStatus.COMPLETED));
	}

	@Test
	void eachCountryIsAPartitionOfItsOwn() {
		assertThat(execution.getStepExecutions()).filteredOn(s -> s.getStepName().startsWith("scoreCountry:"))
			.extracting(StepExecution::getStepName, StepExecution::getStatus, StepExecution::getReadCount)
			.containsExactlyInAnyOrder(tuple("scoreCountry:XAA", BatchStatus.COMPLETED, 1L),
					tuple("scoreCountry:XAB", BatchStatus.COMPLETED, 1L));
	}

	@Test
	void publishingWritesTwoValidationWorkbooksAndTwoTables() {
		StepExecution publish = managerSteps().get(1);
		// XAA's and XAB's validation workbooks, findings.csv and intake.csv
		assertThat(publish.getWriteCount()).isEqualTo(4);
		// All of it echoes what was submitted: the private feedback tree, nothing in the published one.
		Path year = work.resolve("feedback/2025");
		assertThat(year.resolve("XAA/XAA-2025-validation.xlsx")).isRegularFile();
		assertThat(year.resolve("XAB/XAB-2025-validation.xlsx")).isRegularFile();
		assertThat(year.resolve("2025-findings.csv")).isRegularFile();
		assertThat(year.resolve("2025-intake.csv")).isRegularFile();
		assertThat(work.resolve("output/2025")).doesNotExist();
	}

	@Test
	void theAnnotatedCopyComesFromTheWorkFileNotFromASecondReading() throws Exception {
		// XAB's Cover names another country: the copy, carried in its work file, marks that cell
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				work.resolve("feedback/2025/XAB/XAB-2025-validation.xlsx").toFile())) {
			var cover = workbook.getSheet("Submitted Cover");
			assertThat(cover.getRow(0).getCell(1).getCellComment().getString().getString()).contains("cover.country");
			assertThat(workbook.getSheet("Submitted Indicators")).isNotNull();
		}
		assertThat(Files.readString(work.resolve("state/work/2025/XAB.json"))).contains("\"workbookCopy\"");
	}

	@Test
	void theSummaryCountsWhatTheStepsDid() {
		// XAA scored; XAB blocked by a Cover naming another country. 7 + 7 + 3 + 5 CSV rows + 14 workbook rows.
		// Rejected: a victim and a defendant of XAA, and the 14 rows of XAB's blocked workbook.
		assertThat(result.rated()).isEqualTo(1);
		assertThat(result.blocked()).isEqualTo(1);
		assertThat(result.recordsRejected()).isEqualTo(2 + 14);
		assertThat(result.documents()).isEqualTo(4);
	}

	private List<StepExecution> managerSteps() {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> !s.getStepName().contains(":"))
			.sorted(java.util.Comparator.comparing(StepExecution::getId))
			.toList();
	}
}
