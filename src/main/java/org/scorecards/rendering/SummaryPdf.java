package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The A4 PDF summary of a cycle, from {@code templates/summary.jrxml} and its subreports: ranking, bands,
 * regional averages and the countries without a rating. Templates are compiled once by the constructor.
 */
public final class SummaryPdf {

	private final JasperReport summary;

	private final Map<String, JasperReport> subreports;

	public SummaryPdf(Path templatesDir) {
		ReportCompiler templates = new ReportCompiler(templatesDir);
		this.summary = templates.compile("summary.jrxml");
		this.subreports = Map.of("RankingTable", templates.compile("summary-ranking.jrxml"),
				"RegionTable", templates.compile("summary-regions.jrxml"),
				"UnratedTable", templates.compile("summary-unrated.jrxml"));
	}

	public void render(CycleReport report, OutputStream out) {
		render(report, false, out);
	}

	/** @param draft watermark every page DRAFT: the cycle is not published yet */
	public void render(CycleReport report, boolean draft, OutputStream out) {
		Map<String, Object> parameters = new SummaryContent(report).parameters();
		parameters.put("Draft", draft);
		parameters.putAll(subreports);
		String title = SummaryContent.TITLE + " " + report.year() + ": cycle summary";
		try {
			// One empty row: every section is a subreport over its own rows.
			PdfDocuments.write(summary, parameters, new JREmptyDataSource(1), title, report.generatedOn(), out);
		}
		catch (JRException | IOException ex) {
			throw new IllegalStateException("Cannot render the summary of " + report.year() + ": " + ex.getMessage(),
					ex);
		}
	}
}
