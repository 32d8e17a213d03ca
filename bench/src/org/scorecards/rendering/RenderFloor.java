package org.scorecards.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.cycle.BenchReports;
import org.scorecards.language.Language;
import org.scorecards.language.Texts;
import org.scorecards.scoring.CountryStatus;
import org.scorecards.spreadsheet.StableZip;

/**
 * Benchmark floors of rendering (bench/run.sh; not a test, not in the jar), over the prepared data of a
 * finished run. For every document the run wrote, two timings, interleaved so both see the same JIT state:
 * <ul>
 * <li>{@code floor.*}: the bare library: JasperReports fill + PDF export of the same compiled templates with the
 * same parameters and rows; a plain POI {@link XSSFWorkbook} holding the same cell values as the published
 * workbook (no styles), written to memory;</li>
 * <li>{@code ours.*}: our rendering code ({@link ScorecardPdf}, {@link AnnexWorkbook}, {@link ValidationWorkbook},
 * summary) and the {@link StableZip} re-pack, to memory, without Spring Batch, files or the work area.</li>
 * </ul>
 * One untimed warm-up of each kind on the first country, then one pass over every country, single thread.
 * Usage: {@code RenderFloor INPUT OUTPUT YEAR TEMPLATES AS_OF}.
 */
public final class RenderFloor {

	private final Map<String, Double> seconds = new LinkedHashMap<>();

	private final Map<String, Long> counts = new LinkedHashMap<>();

	public static void main(String[] args) throws Exception {
		new RenderFloor().run(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
				LocalDate.parse(args[4]));
	}

	private void run(Path input, Path output, int year, Path templates, LocalDate asOf) throws Exception {
		BenchReports prepared = new BenchReports(input, output, year, templates, asOf);
		List<CountryReport> reports = prepared.countries();
		List<CountryReport> rated = reports.stream().filter(r -> r.score().status() != CountryStatus.BLOCKED).toList();
		CycleReport cycle = prepared.cycle();

		long start = System.nanoTime();
		ScorecardPdf scorecard = new ScorecardPdf(templates);
		add("setup.compile_scorecard", start, 1);
		start = System.nanoTime();
		SummaryPdf summary = new SummaryPdf(templates);
		add("setup.compile_summary", start, 1);
		JasperReport scorecardTemplate = field(scorecard, "scorecard");
		Map<String, JasperReport> scorecardSubreports = field(scorecard, "subreports");

		// Warm-up, untimed: class loading, fonts, JIT of the first document of each kind.
		CountryReport first = rated.get(0);
		barePdf(scorecardTemplate, scorecardSubreports, first);
		scorecard.render(first, sink());
		oursWorkbook(out -> new AnnexWorkbook().write(first, out), asOf);
		bareWorkbook(content(prepared.countryFile(first.country().iso3(), "annex", "xlsx")), true);

		for (CountryReport report : rated) {
			long t = System.nanoTime();
			barePdf(scorecardTemplate, scorecardSubreports, report);
			add("floor.pdf", t, 1);
			t = System.nanoTime();
			scorecard.render(report, sink());
			add("ours.pdf", t, 1);
		}
		for (CountryReport report : rated) {
			List<SheetContent> annex = content(prepared.countryFile(report.country().iso3(), "annex", "xlsx"));
			long t = System.nanoTime();
			bareWorkbook(annex, true);
			add("floor.annex", t, 1);
			oursWorkbook("ours.annex", out -> new AnnexWorkbook().write(report, out), asOf);
		}
		for (CountryReport report : reports) {
			String iso3 = report.country().iso3();
			List<SheetContent> validation = content(prepared.feedbackCountryFile(iso3, "validation", "xlsx"));
			long t = System.nanoTime();
			bareWorkbook(validation, false);
			add("floor.validation", t, 1);
			oursWorkbook("ours.validation",
					out -> new ValidationWorkbook(org.scorecards.validation.RuleCatalogue.bundled()).write(report, out),
					asOf);
		}
		// The summary in English and in every language of the cycle's cards, as the pipeline publishes it.
		java.util.SortedSet<Language> languages = new java.util.TreeSet<>(List.of(Language.EN));
		reports.forEach(r -> languages.add(r.country().language()));
		for (Language language : languages) {
			long t = System.nanoTime();
			bareSummaryPdf(summary, cycle, language);
			add("floor.summary_pdf", t, 1);
			t = System.nanoTime();
			summary.render(cycle, language, false, sink());
			add("ours.summary_pdf", t, 1);
			List<SheetContent> summaryBook = content(prepared.summaryFile("summary", "xlsx", language));
			t = System.nanoTime();
			bareWorkbook(summaryBook, true);
			add("floor.summary_xlsx", t, 1);
			oursWorkbook("ours.summary_xlsx", out -> new SummaryWorkbook().write(cycle, language, out), asOf);
		}
		System.out.printf(Locale.ROOT, "render.summary_languages=%d%n", languages.size());

		seconds.forEach((key, value) -> System.out.printf(Locale.ROOT, "%s.seconds=%.3f%n%s.documents=%d%n", key, value,
				key, counts.get(key)));
	}

	/** JasperReports alone: fill and export, as PdfDocuments configures them, without the byte normalisation. */
	private static void barePdf(JasperReport template, Map<String, JasperReport> subreports, CountryReport report)
			throws Exception {
		ScorecardContent content = new ScorecardContent(report);
		Map<String, Object> parameters = content.parameters();
		parameters.putAll(subreports);
		export(template, parameters, RecordDataSource.of(content.sections()), "scorecard", report.country().language());
	}

	private static void bareSummaryPdf(SummaryPdf summary, CycleReport cycle, Language language) throws Exception {
		Map<String, Object> parameters = new SummaryContent(cycle, language).parameters();
		parameters.putAll(field(summary, "subreports"));
		export(field(summary, "summary"), parameters, new JREmptyDataSource(1), "summary", language);
	}

	/**
	 * JasperReports fill and the tagged PDF/A-2a export in the document's language, configured as PdfDocuments
	 * configures them (tagger, sRGB output intent, charts as images for right-to-left): the same work, without
	 * the byte normalisation that makes our output reproducible.
	 */
	private static void export(JasperReport template, Map<String, Object> parameters, JRDataSource rows, String title,
			Language language) throws Exception {
		parameters.put(JRParameter.REPORT_LOCALE, language.locale());
		parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
		parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Texts.bundle(Formats.BUNDLE, language));
		// The pipeline's own fill and export settings (tagged PDF/A-2a, vector charts), without its byte normalisation.
		JasperPrint print = JasperFillManager.getInstance(PdfDocuments.fillContext(language)).fill(template, parameters, rows);
		PdfDocuments.exporter(print, title, language, sink()).exportReport();
	}

	/** Our workbook writer, then the StableZip re-pack the pipeline applies (timed apart as {@code key.zip}). */
	private void oursWorkbook(String key, StableZip.ZipWriter writer, LocalDate asOf) throws IOException {
		long t = System.nanoTime();
		ByteArrayOutputStream plain = sink();
		writer.write(plain);
		long written = System.nanoTime();
		StableZip.write(out -> out.write(plain.toByteArray()), sink(), asOf.atStartOfDay());
		add(key + ".zip", written, 1);
		add(key, t, 1);
	}

	private static void oursWorkbook(StableZip.ZipWriter writer, LocalDate asOf) throws IOException {
		StableZip.write(writer, sink(), asOf.atStartOfDay());
	}

	/** One sheet's cell values by row and column; {@code null} where the published sheet has no row or cell. */
	private record SheetContent(String name, List<Object[]> rows) {
	}

	private static List<SheetContent> content(Path xlsx) throws IOException {
		List<SheetContent> sheets = new ArrayList<>();
		// Read-only: a workbook opened from a File is opened for writing, and closing it saved the published
		// document again, with the clock in its zip entries.
		try (XSSFWorkbook workbook = new XSSFWorkbook(org.apache.poi.openxml4j.opc.OPCPackage.open(xlsx.toFile(),
				org.apache.poi.openxml4j.opc.PackageAccess.READ))) {
			for (Sheet sheet : workbook) {
				List<Object[]> rows = new ArrayList<>();
				for (Row row : sheet) {
					while (rows.size() < row.getRowNum()) {
						rows.add(null);
					}
					Object[] cells = new Object[Math.max(0, row.getLastCellNum())];
					for (Cell cell : row) {
						cells[cell.getColumnIndex()] = switch (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
								? cell.getCachedFormulaResultType() : cell.getCellType()) {
							case STRING -> cell.getStringCellValue();
							case NUMERIC -> cell.getNumericCellValue();
							case BOOLEAN -> cell.getBooleanCellValue();
							default -> null;
						};
					}
					rows.add(cells);
				}
				sheets.add(new SheetContent(sheet.getSheetName(), rows));
			}
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
		return sheets;
	}

	/**
	 * POI writing the same cells: streaming (SXSSF) where our writer streams (annex, summary), else XSSF (the
	 * validation workbook, whose annotated copy needs random access).
	 */
	private static void bareWorkbook(List<SheetContent> sheets, boolean streaming) throws IOException {
		try (Workbook workbook = streaming ? new SXSSFWorkbook(-1) : new XSSFWorkbook()) {
			for (SheetContent content : sheets) {
				Sheet sheet = workbook.createSheet(content.name());
				for (int r = 0; r < content.rows().size(); r++) {
					Object[] cells = content.rows().get(r);
					if (cells == null) {
						continue;
					}
					Row row = sheet.createRow(r);
					for (int c = 0; c < cells.length; c++) {
						Object value = cells[c];
						if (value instanceof String text) {
							row.createCell(c).setCellValue(text);
						}
						else if (value instanceof Double number) {
							row.createCell(c).setCellValue(number);
						}
						else if (value instanceof Boolean flag) {
							row.createCell(c).setCellValue(flag);
						}
					}
				}
			}
			workbook.write(sink());
			if (workbook instanceof SXSSFWorkbook streamed) {
				streamed.dispose();
			}
		}
	}

	private static ByteArrayOutputStream sink() {
		return new ByteArrayOutputStream(256 * 1024);
	}

	private void add(String key, long startNanos, long documents) {
		seconds.merge(key, (System.nanoTime() - startNanos) / 1e9, Double::sum);
		counts.merge(key, documents, Long::sum);
	}

	@SuppressWarnings("unchecked")
	private static <T> T field(Object owner, String name) throws ReflectiveOperationException {
		Field field = owner.getClass().getDeclaredField(name);
		field.setAccessible(true);
		return (T) field.get(owner);
	}
}
