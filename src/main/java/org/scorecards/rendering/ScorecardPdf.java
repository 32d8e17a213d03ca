package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;

import org.scorecards.validation.RuleCatalogue;

/**
 * The A4 PDF scorecard of one country, from {@code templates/scorecard.jrxml} and its subreports, in the
 * language of {@code report.country().language()}.
 * Templates are compiled once by the constructor; compiled reports are read-only while filling, so one
 * instance renders countries in parallel.
 */
public final class ScorecardPdf {

	private final JasperReport scorecard;

	private final Map<String, JasperReport> subreports;

	public ScorecardPdf(Path templatesDir) {
		ReportCompiler templates = new ReportCompiler(templatesDir);
		this.scorecard = templates.compile("scorecard.jrxml");
		this.subreports = Map.of("PillarOverviewTable", templates.compile("scorecard-pillar-overview.jrxml"),
				"IndicatorTable", templates.compile("scorecard-indicators.jrxml"),
				"KeyFiguresReport", templates.compile("scorecard-key-figures.jrxml"),
				"CoverageTable", templates.compile("scorecard-coverage.jrxml"),
				"IntakeTable", templates.compile("scorecard-intake.jrxml"));
	}

	public void render(CountryReport report, OutputStream out) {
		render(report, false, out);
	}

	/** @param draft watermark every page DRAFT: the cycle is not published yet */
	public void render(CountryReport report, boolean draft, OutputStream out) {
		render(report, RuleCatalogue.bundled(), draft, out);
	}

	/**
	 * @param catalogue the cycle's rule catalogue: words the findings the card quotes in its language
	 * @param draft watermark every page DRAFT: the cycle is not published yet
	 */
	public void render(CountryReport report, RuleCatalogue catalogue, boolean draft, OutputStream out) {
		ScorecardContent content = new ScorecardContent(report, catalogue);
		Map<String, Object> parameters = content.parameters();
		parameters.put("Draft", draft);
		parameters.putAll(subreports);
		try {
			PdfDocuments.write(scorecard, parameters, RecordDataSource.of(content.sections()), content.words(),
					content.documentTitle(), report.generatedOn(), out);
		}
		catch (JRException | IOException ex) {
			throw new IllegalStateException("Cannot render the scorecard of " + report.country().iso3() + " "
					+ report.year() + ": " + ex.getMessage(), ex);
		}
	}
}
