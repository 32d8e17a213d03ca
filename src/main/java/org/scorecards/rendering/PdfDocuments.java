package org.scorecards.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

import org.scorecards.language.Language;
import org.scorecards.language.Texts;

/**
 * Fills a compiled template and writes it as PDF; shared by the scorecard and the cycle summary. Every document
 * is tagged (PDF/UA-1) and archival (PDF/A-2a): PDF/A-2a rather than 3a because 3a only adds attachments, and
 * the tidy scores are published beside the cards already ({@code <year>-scores.csv}).
 */
final class PdfDocuments {

	private static final String CHART_RENDER_TYPE = "net.sf.jasperreports.chart.render.type";

	private static final String CHART_RENDERER_FACTORY = "net.sf.jasperreports.chart.renderer.factory.";

	private PdfDocuments() {
	}

	/**
	 * Locale and time zone are the document language's and UTC, never the machine's, so that the same content gives
	 * the same document on any machine; the templates never read the clock. The locale also picks the fonts of the
	 * script ({@code fonts/scorecard-fonts.xml}) and, for a right-to-left language, the alignment of the templates'
	 * styles; the templates' fixed labels ({@code $R{...}}) come from the same report bundle as the Java-worded texts.
	 */
	static void write(JasperReport template, Map<String, Object> parameters, JRDataSource rows, Formats words,
			String title, LocalDate generatedOn, OutputStream out) throws JRException, IOException {
		// The bare language: it picks the script's fonts and the alignment; every number is formatted in Java already.
		parameters.put(JRParameter.REPORT_LOCALE, words.language().locale());
		parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
		parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Texts.bundle(Formats.BUNDLE, words.language()));
		JasperPrint print = JasperFillManager.getInstance(fillContext(words.language())).fill(template, parameters, rows);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
		exporter(print, title, words.language(), pdf).exportReport();
		out.write(ReproduciblePdf.normalise(pdf.toByteArray(), generatedOn));
	}

	/** The fill settings of a document in {@code language}; the benchmark's floor fills with the same. */
	static SimpleJasperReportsContext fillContext(Language language) {
		SimpleJasperReportsContext fill = new SimpleJasperReportsContext();
		if (language.rightToLeft()) {
			// Drawn as they come, chart labels lose their Arabic shaping and order (PDF drawing lays glyphs out left
			// to right, letter by letter): laid out by Java2D first, they read as the text fields do.
			fill.setProperty(CHART_RENDERER_FACTORY + ShapedChartRendererFactory.RENDER_TYPE,
					ShapedChartRendererFactory.class.getName());
			fill.setProperty(CHART_RENDER_TYPE, ShapedChartRendererFactory.RENDER_TYPE);
		}
		return fill;
	}

	/** The tagged PDF/A-2a export of {@code print}; the benchmark's floor exports with the same. */
	static JRPdfExporter exporter(JasperPrint print, String title, Language language, OutputStream out) {
		SimpleJasperReportsContext context = new SimpleJasperReportsContext();
		context.setProperty(AccessiblePdfTaggerFactory.PROPERTY, AccessiblePdfTaggerFactory.class.getName());
		JRPdfExporter exporter = new JRPdfExporter(context);
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(title);
		configuration.setDisplayMetadataTitle(true);
		configuration.setMetadataCreator("scorecards");
		configuration.setTagged(true);
		configuration.setTagLanguage(language.tag());
		configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2A);
		configuration.setIccProfilePath(SrgbProfile.path().toString());
		// No object streams: ReproduciblePdf must see the font names. Page content is compressed all the same.
		configuration.setCompressed(false);
		exporter.setConfiguration(configuration);
		return exporter;
	}
}
