package org.scorecards.rendering;

import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.common.PdfTagger;
import net.sf.jasperreports.pdf.common.PdfTaggerFactory;

/**
 * Set as {@code net.sf.jasperreports.export.pdf.tagger.factory}: JasperReports 7.0.8 Community ships a
 * factory whose tagger refuses {@code tagged=true}, so the structure tree is written by {@link AccessiblePdfTagger}
 * on the exporter's public tagging interfaces. Public, with a no-argument constructor, because JasperReports
 * instantiates it by name.
 */
public final class AccessiblePdfTaggerFactory implements PdfTaggerFactory {

	static final String PROPERTY = "net.sf.jasperreports.export.pdf.tagger.factory";

	@Override
	public PdfTagger createTagger(JRPdfExporter exporter) {
		return new AccessiblePdfTagger();
	}
}
