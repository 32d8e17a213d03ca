package org.scorecards.rendering;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** The text a structure element marks: what a screen reader reads for it, from its marked-content ids. */
final class MarkedText {

	private static final Map<PDPage, Map<Integer, String>> PAGES = new HashMap<>();

	private MarkedText() {
	}

	static String of(PDStructureElement element, PDDocument pdf) throws IOException {
		StringBuilder text = new StringBuilder();
		for (Object kid : element.getKids()) {
			if (kid instanceof Integer mcid) {
				text.append(page(element.getPage()).getOrDefault(mcid, ""));
			}
			else if (kid instanceof PDMarkedContentReference reference) {
				text.append(page(reference.getPage() == null ? element.getPage() : reference.getPage())
					.getOrDefault(reference.getMCID(), ""));
			}
		}
		return PdfText.normalise(text.toString());
	}

	private static synchronized Map<Integer, String> page(PDPage page) throws IOException {
		Map<Integer, String> texts = PAGES.get(page);
		if (texts == null) {
			PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
			extractor.processPage(page);
			texts = new HashMap<>();
			for (PDMarkedContent content : extractor.getMarkedContents()) {
				collect(content, texts);
			}
			PAGES.put(page, texts);
		}
		return texts;
	}

	private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
		StringBuilder text = new StringBuilder();
		for (Object part : content.getContents()) {
			if (part instanceof TextPosition position) {
				text.append(position.getUnicode());
			}
			else if (part instanceof PDMarkedContent inner) {
				collect(inner, texts);
			}
		}
		if (content.getMCID() >= 0) {
			texts.merge(content.getMCID(), text.toString(), String::concat);
		}
	}
}
