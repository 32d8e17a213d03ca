package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;

import org.scorecards.language.Language;

/**
 * The A4 PDF summary of a cycle, from {@code templates/summary.jrxml} and its subreports: ranking, bands,
 * regional averages and the countries without a rating, in any of the publication languages. Templates are
 * compiled once by the constructor.
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

	/** The summary in English. */
	public void render(CycleReport report, OutputStream out) {
		render(report, Language.EN, false, out);
	}

	/** @param draft watermark every page DRAFT: the cycle is not published yet */
	public void render(CycleReport report, Language language, boolean draft, OutputStream out) {
		SummaryContent content = new SummaryContent(report, language);
		Map<String, Object> parameters = content.parameters();
		parameters.put("Draft", draft);
		parameters.putAll(subreports);
		try {
			// One empty row: every section is a subreport over its own rows.
			PdfDocuments.write(summary, parameters, new JREmptyDataSource(1), content.words(), content.documentTitle(),
					report.generatedOn(), out);
		}
		catch (JRException | IOException ex) {
			throw new IllegalStateException("Cannot render the summary of " + report.year() + ": " + ex.getMessage(),
					ex);
		}
	}
}
