package org.scorecards.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx opened for streaming through POI's event API: the package read-only, its parts parsed by POI's secure
 * SAX parser (no DOCTYPE, so no external entity), each inflated part checked by POI's zip-bomb limits as it is
 * read. The workbook's sheet list and date system are read up front; a sheet is read only when asked for.
 */
final class StreamedWorkbook implements AutoCloseable {

	/** A sheet as the workbook lists it. */
	record SheetEntry(String name, String relationId, boolean visible) {
	}

	private final OPCPackage opc;

	private final XSSFReader reader;

	private final ReadOnlySharedStringsTable strings;

	private final StylesTable styles;

	private final List<SheetEntry> sheets = new ArrayList<>();

	private boolean date1904;

	private StreamedWorkbook(OPCPackage opc) throws IOException, OpenXML4JException, SAXException {
		this.opc = opc;
		this.reader = new XSSFReader(opc);
		try (InputStream workbook = reader.getWorkbookData()) {
			parse(workbook, new DefaultHandler() {

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if (localName.equals("workbookPr")) {
						String value = attributes.getValue("date1904");
						date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
					}
					else if (localName.equals("sheet")) {
						String state = attributes.getValue("state");
						sheets.add(new SheetEntry(String.valueOf(attributes.getValue("name")), relationId(attributes),
								state == null || state.equals("visible")));
					}
				}
			});
		}
		this.strings = new ReadOnlySharedStringsTable(opc, false);
		this.styles = reader.getStylesTable();
	}

	static StreamedWorkbook open(Path file) throws IOException, OpenXML4JException, SAXException {
		OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
		try {
			return new StreamedWorkbook(opc);
		}
		catch (IOException | OpenXML4JException | SAXException | RuntimeException ex) {
			opc.revert();
			throw ex;
		}
	}

	/** The sheet of that name, in any case, as Excel matches names. */
	Optional<SheetEntry> sheet(String name) {
		return sheets.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
	}

	/** Streams a sheet through {@code rows}; returns the handler, which also kept column widths and merged ranges. */
	SheetCells read(SheetEntry sheet, SheetCells.Columns columns, SheetCells.Rows rows)
			throws IOException, OpenXML4JException, SAXException {
		SheetCells cells = new SheetCells(strings, styles, date1904, columns, rows);
		try (InputStream in = reader.getSheet(sheet.relationId())) {
			parse(in, cells);
		}
		return cells;
	}

	private static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
		try {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(handler);
			parser.parse(new InputSource(in));
		}
		catch (javax.xml.parsers.ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** {@code r:id}, whichever of the transitional or strict namespaces the file uses. */
	private static String relationId(Attributes attributes) {
		for (int i = 0; i < attributes.getLength(); i++) {
			if (attributes.getLocalName(i).equals("id") && !attributes.getURI(i).isEmpty()) {
				return attributes.getValue(i);
			}
		}
		return "";
	}

	@Override
	public void close() {
		// read-only: revert, never save
		opc.revert();
	}
}
