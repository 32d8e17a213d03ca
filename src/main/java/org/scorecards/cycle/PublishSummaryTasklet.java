package org.scorecards.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.scorecards.AtomicFiles;
import org.scorecards.language.Language;
import org.scorecards.reference.ReferenceData;
import org.scorecards.scoring.RobustnessResult;
import org.scorecards.rendering.CountryReport;
import org.scorecards.rendering.CycleReport;
import org.scorecards.rendering.RobustnessWorkbook;
import org.scorecards.rendering.SummaryPdf;
import org.scorecards.rendering.SummaryWorkbook;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

/**
 * Publishes the cycle: the summary PDF in each language of the cycle's countries, the summary workbook, the scores, breakdowns and robustness tables, the
 * robustness workbook, and the manifest last, so that it hashes every other output. The findings and intake
 * tables, which echo submitted values and per-file record counts, go to the private feedback tree. On a
 * one-country re-run the summary documents are kept as they are when nothing they are made from changed
 * ({@link DocumentKey}).
 */
class PublishSummaryTasklet implements Tasklet {

	private final CycleParameters parameters;

	private final ReportAssembler assembler;

	private final ReferenceData reference;

	private final RuleCatalogue catalogue;

	private final CompiledReports reports;

	private final Executor workers;

	private final Progress progress;

	PublishSummaryTasklet(CycleParameters parameters, ReportAssembler assembler, ReferenceData reference,
			RuleCatalogue catalogue, CompiledReports reports, Executor workers, Progress progress) {
		this.parameters = parameters;
		this.assembler = assembler;
		this.reference = reference;
		this.catalogue = catalogue;
		this.reports = reports;
		this.workers = workers;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var stepExecution = chunkContext.getStepContext().getStepExecution();
		WorkArea work = new WorkArea(parameters);
		CycleReport cycle = assembler.cycle(work.outcomes(), work.standings());
		List<Finding> cycleFindings = unknownFolders(parameters, reference, catalogue);
		SortedSet<Language> languages = parameters.summaryLanguages(cycle.countries().stream()
			.map(CountryReport::country)
			.toList());
		for (Language language : Language.values()) {
			if (!languages.contains(language)) {
				// an earlier run's documents in a language this cycle no longer publishes are not left beside the others
				deleteIfExists(work.summaryFile("summary", "pdf", language));
				deleteIfExists(work.summaryFile("summary", "xlsx", language));
				deleteIfExists(work.summaryFile("robustness", "xlsx", language));
			}
		}
		AtomicFiles.write(work.summaryFile("scores", "csv"), out -> SummaryTables.scores(cycle, out));
		AtomicFiles.write(work.summaryFile("breakdowns", "csv"), out -> SummaryTables.breakdowns(cycle, out));
		AtomicFiles.write(work.feedbackFile("findings", "csv"), out -> SummaryTables.findings(cycle, cycleFindings, out));
		AtomicFiles.write(work.feedbackFile("intake", "csv"), out -> SummaryTables.intake(cycle, out));
		RobustnessResult robustness = work.robustness();
		AtomicFiles.write(work.summaryFile("robustness", "csv"), out -> SummaryTables.robustness(robustness, out));
		FileHashes hashes = work.hashes();
		List<Path> documents = languages.stream()
			.flatMap(language -> Stream.of(work.summaryFile("summary", "pdf", language),
					work.summaryFile("summary", "xlsx", language), work.summaryFile("robustness", "xlsx", language)))
			.toList();
		Path keyFile = work.workDir().resolve("summary.key");
		DocumentKey key = DocumentKey.of(List.of(templateHashes(hashes), parameters.asOf().toString(), parameters.draft(),
				languages.stream().map(Language::tag).toList(), robustness, cycle));
		boolean kept = key != null && key.keeps(parameters, keyFile, documents, hashes::sha256);
		if (kept) {
			progress.note("  summary   unchanged since the last run: its documents are kept");
		}
		else {
			DocumentKey.forget(keyFile);
			// Compiled once, here, before the languages are written side by side.
			SummaryPdf summary = reports.summaryPdf(parameters.templates());
			inParallel(languages, language -> {
				AtomicFiles.write(work.summaryFile("summary", "pdf", language),
						out -> summary.render(cycle, language, parameters.draft(), out));
				AtomicFiles.writeWorkbook(work.summaryFile("summary", "xlsx", language), parameters.asOf(),
						out -> new SummaryWorkbook().write(cycle, language, out));
				AtomicFiles.writeWorkbook(work.summaryFile("robustness", "xlsx", language), parameters.asOf(),
						out -> new RobustnessWorkbook().write(cycle, robustness, language, out));
			});
			if (key != null) {
				key.save(keyFile, documents, hashes::sha256);
			}
		}
		String version = getClass().getPackage().getImplementationVersion();
		hashes.hashAll(Manifest.files(parameters, work.yearDir()), workers);
		AtomicFiles.write(work.manifest(),
				out -> Manifest.write(parameters, cycle.methodology(), stepExecution.getJobExecution().getJobInstance().getInstanceId(),
						version == null ? "development" : version, work.yearDir(), hashes, out));
		work.save(hashes);
		contribution.incrementWriteCount(6 + (kept ? 0 : documents.size()));
		return RepeatStatus.FINISHED;
	}

	/**
	 * Writes each language's documents on the country workers, idle once the countries are rendered: the
	 * languages' documents are independent files, and on a cycle of six languages they were most of this step.
	 * Every language ends before the first failure is thrown, so no half-written set is left behind unnoticed.
	 */
	private void inParallel(SortedSet<Language> languages, Consumer<Language> write) {
		List<CompletableFuture<Void>> written = languages.stream()
			.map(language -> CompletableFuture.runAsync(() -> write.accept(language), workers))
			.toList();
		try {
			CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : ex;
		}
	}

	/** Each file of the templates folder by name and SHA-256: the summary's templates and what they include. */
	private List<String> templateHashes(FileHashes hashes) {
		try (Stream<Path> files = Files.list(parameters.templates())) {
			return files.filter(Files::isRegularFile)
				.sorted()
				.map(file -> file.getFileName() + " " + hashes.sha256(file))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteIfExists(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Folders of the year that are not a country of the cycle: reported, never used as a path. */
	static List<Finding> unknownFolders(CycleParameters parameters, ReferenceData reference, RuleCatalogue catalogue) {
		List<Finding> findings = new ArrayList<>();
		Path yearInput = parameters.inputTree().year(parameters.year());
		if (!Files.isDirectory(yearInput)) {
			return findings;
		}
		try (Stream<Path> entries = Files.list(yearInput)) {
			entries.filter(Files::isDirectory)
				.map(p -> p.getFileName().toString())
				.filter(name -> !name.matches("[A-Z]{3}") || reference.country(name).isEmpty())
				.sorted()
				.forEach(name -> findings.add(catalogue.finding("folder.unknown_country", "", "", "",
						name.replaceAll("[^\\p{L}\\p{N} ._-]", "?"), Map.of("year", parameters.year()))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return findings;
	}
}
