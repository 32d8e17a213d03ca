package org.scorecards.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered PDF back as a reader would: its text, page by page, and its fonts. */
final class PdfText {

	final byte[] bytes;

	final List<String> pages = new ArrayList<>();

	final List<PDFont> fonts = new ArrayList<>();

	private PdfText(byte[] bytes) {
		this.bytes = bytes;
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(normalise(stripper.getText(document)));
			}
			for (PDPage page : document.getPages()) {
				collectFonts(page.getResources());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PdfText render(Consumer<ByteArrayOutputStream> renderer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.accept(out);
		return new PdfText(out.toByteArray());
	}

	/** All pages, with line breaks and non-breaking spaces read as single spaces. */
	String text() {
		return String.join(" ", pages);
	}

	/** Wrapped lines joined: a long name broken over two lines reads as one. */
	static String normalise(String text) {
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
	}

	private void collectFonts(PDResources resources) throws IOException {
		if (resources == null) {
			return;
		}
		for (var name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (var name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
				collectFonts(form.getResources());
			}
		}
	}
}
