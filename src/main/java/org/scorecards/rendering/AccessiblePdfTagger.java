package org.scorecards.rendering;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import net.sf.jasperreports.engine.JROrigin;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.type.BandTypeEnum;
import net.sf.jasperreports.engine.util.StyledTextListWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfStructure;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;
import net.sf.jasperreports.pdf.common.PdfTagger;

/**
 * Writes the PDF structure tree of a scorecard or summary (PDF/UA-1, PDF/A-2a): one Document with the language,
 * a P or H1..H6 per text element (the heading level from the element property
 * {@value #ACCESSIBILITY_TAG}), a Figure with its alternative text per image or chart (the element's hyperlink
 * tooltip; an image without one is decorative and becomes an artifact), and a Table per subreport that has a
 * column header: the column header band is a row of TH, each detail band a row of TD. Page headers and
 * footers, the background and whatever the exporter draws as decoration (lines, boxes, fills) are artifacts.
 * <p>
 * The exporter calls {@link #startElement} for every element, then {@link #startText} once per paragraph of a
 * text, or {@link #startImage} once per image; structure elements are therefore created lazily, once per print
 * element, and each paragraph is one marked-content sequence of it.
 */
final class AccessiblePdfTagger implements PdfTagger {

	static final String ACCESSIBILITY_TAG = "net.sf.jasperreports.export.accessibility.tag";

	private static final Set<BandTypeEnum> ARTIFACT_BANDS = Set.of(BandTypeEnum.PAGE_HEADER, BandTypeEnum.PAGE_FOOTER,
			BandTypeEnum.LAST_PAGE_FOOTER, BandTypeEnum.BACKGROUND);

	private String language;

	private PdfProducer producer;

	private PdfStructure structure;

	private PdfStructureEntry document;

	/** The open table: the subreport it comes from, and its current row. */
	private Table table;

	/** The element being exported (frames nest: an element inside a frame replaces it, then gives it back). */
	private JRPrintElement current;

	private final Map<JRPrintElement, PdfStructureEntry> entries = new IdentityHashMap<>();

	private boolean artifactElement;

	private boolean markedAsArtifact;

	private static final class Table {

		final String report;

		final PdfStructureEntry entry;

		PdfStructureEntry row;

		Object rowKey;

		boolean headerDone;

		boolean bodyStarted;

		Table(String report, PdfStructureEntry entry) {
			this.report = report;
			this.entry = entry;
		}
	}

	@Override
	public void setLanguage(String language) {
		this.language = language;
	}

	@Override
	public void setPdfProducer(PdfProducer producer) {
		this.producer = producer;
	}

	@Override
	public void init() {
		this.structure = this.producer.getPdfStructure();
		this.document = this.structure.createDocumentTag(this.language);
	}

	@Override
	public void startPage() {
		this.entries.clear();
	}

	@Override
	public void endPage() {
		// A table goes on over the page break: its repeated column header is an artifact (see startElement).
	}

	@Override
	public void startElement(JRPrintElement element) {
		if (element instanceof JRPrintFrame) {
			return;
		}
		this.current = element;
		this.artifactElement = isArtifact(element);
		if (this.artifactElement) {
			return;
		}
		JROrigin origin = element.getOrigin();
		BandTypeEnum band = origin == null ? BandTypeEnum.UNKNOWN : origin.getBandType();
		String report = origin == null ? null : origin.getReportName();
		boolean tableBand = band == BandTypeEnum.COLUMN_HEADER || band == BandTypeEnum.DETAIL;
		if (this.table != null && !(tableBand && Objects.equals(this.table.report, report))) {
			this.table = null;
		}
		if (this.table == null && band == BandTypeEnum.COLUMN_HEADER && report != null) {
			this.table = new Table(report, this.structure.createTag(this.document, "Table"));
		}
		if (this.table == null) {
			return;
		}
		if (band == BandTypeEnum.COLUMN_HEADER && this.table.bodyStarted) {
			// The column header repeated at the top of the next page: the header row already says it.
			this.artifactElement = true;
			return;
		}
		Object rowKey = band + "@" + element.getY();
		if (!rowKey.equals(this.table.rowKey)) {
			this.table.rowKey = rowKey;
			this.table.row = this.structure.createTag(this.table.entry, "TR");
			if (band == BandTypeEnum.DETAIL) {
				this.table.bodyStarted = true;
			}
		}
		if (element instanceof JRPrintText || element instanceof JRPrintImage) {
			// Every cell now, even one whose text is empty and never reaches startText: rows keep their width.
			this.entries.put(element, cell());
		}
	}

	private static boolean isArtifact(JRPrintElement element) {
		String tag = element.getPropertiesMap().getProperty(ACCESSIBILITY_TAG);
		if ("artifact".equals(tag)) {
			return true;
		}
		JROrigin origin = element.getOrigin();
		return origin != null && ARTIFACT_BANDS.contains(origin.getBandType());
	}

	@Override
	public void endElement(JRPrintElement element) {
		if (element == this.current) {
			this.current = null;
			this.artifactElement = false;
		}
	}

	@Override
	public void beginArtifact() {
		this.structure.beginArtifact();
	}

	@Override
	public void endArtifact() {
		this.structure.endArtifact();
	}

	@Override
	public void startImage(JRPrintImage image, float left, float top, float right, float bottom) {
		String alt = image.getHyperlinkTooltip();
		this.markedAsArtifact = this.artifactElement || alt == null || alt.isBlank();
		if (this.markedAsArtifact) {
			this.structure.beginArtifact();
			return;
		}
		PdfStructureEntry parent = this.entries.getOrDefault(image, this.document);
		PdfStructureEntry figure = this.structure.beginTag(parent, "Figure");
		figure.putString("Alt", alt);
		figure.setBBox(left, bottom, right, top);
	}

	@Override
	public void endImage() {
		if (this.markedAsArtifact) {
			this.structure.endArtifact();
		}
		else {
			this.structure.endTag();
		}
	}

	@Override
	public void startText(JRPrintText text) {
		this.markedAsArtifact = this.artifactElement;
		if (this.markedAsArtifact) {
			this.structure.beginArtifact();
			return;
		}
		PdfStructureEntry entry = this.entries.get(text);
		if (entry == null) {
			entry = textEntry(text);
			this.entries.put(text, entry);
		}
		// A null tag name begins the marked content on the entry itself: a text's paragraphs are one element.
		this.structure.beginTag(entry, null);
	}

	@Override
	public void startText(JRPrintText text, String linkTag) {
		startText(text);
	}

	private PdfStructureEntry textEntry(JRPrintText text) {
		if (inTable()) {
			return cell();
		}
		String tag = text.getPropertiesMap().getProperty(ACCESSIBILITY_TAG);
		String name = tag != null && tag.matches("h[1-6]") ? tag.toUpperCase(Locale.ROOT) : "P";
		return this.structure.createTag(this.document, name);
	}

	private boolean inTable() {
		return this.table != null && this.table.row != null;
	}

	/** A header cell until the first detail row, then data cells. */
	private PdfStructureEntry cell() {
		boolean header = !this.table.bodyStarted;
		PdfStructureEntry entry = this.structure.createTag(this.table.row, header ? "TH" : "TD");
		if (header) {
			entry.setScope("Column");
		}
		return entry;
	}

	@Override
	public void endText() {
		if (this.markedAsArtifact) {
			this.structure.endArtifact();
		}
		else {
			this.structure.endTag();
		}
	}

	@Override
	public boolean isFirstLinkParagraph() {
		return false;
	}

	@Override
	public PdfStructureEntry getCurrentLinkTag() {
		return null;
	}

	@Override
	public StyledTextListWriter getListWriter() {
		return null;
	}
}
