package org.scorecards.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Fills a compiled template and writes it as PDF; shared by the scorecard and the cycle summary. */
final class PdfDocuments {

	private PdfDocuments() {
	}

	/**
	 * Locale and time zone are fixed so that the same content gives the same document on any machine;
	 * the templates never read the clock.
	 */
	static void write(JasperReport template, Map<String, Object> parameters, JRDataSource rows, String title,
			LocalDate generatedOn, OutputStream out) throws JRException, IOException {
		parameters.put(JRParameter.REPORT_LOCALE, Locale.ENGLISH);
		parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
		JasperPrint print = JasperFillManager.fillReport(template, parameters, rows);
		JRPdfExporter exporter = new JRPdfExporter();
		exporter.setExporterInput(new SimpleExporterInput(print));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(title);
		configuration.setDisplayMetadataTitle(true);
		configuration.setMetadataCreator("scorecards");
		// No object streams: ReproduciblePdf must see the font names. Page content is compressed all the same.
		configuration.setCompressed(false);
		exporter.setConfiguration(configuration);
		exporter.exportReport();
		out.write(ReproduciblePdf.normalise(pdf.toByteArray(), generatedOn));
	}
}
