package org.scorecards.rendering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a PDF written by OpenPDF depend on its content and the generation date only. OpenPDF stamps the
 * clock into {@code /CreationDate} and JasperReports into the XMP packet's {@code xmp:CreateDate} (PDF/A wants
 * the two equal: both become midnight UTC of the generation date), OpenPDF derives {@code /ID} from the time,
 * and draws font-subset tags ({@code KQLUKX+DejaVuSans}) at random. Each is replaced in place by a value of
 * the same length (so the cross-reference offsets stay right): the pinned date, a tag derived from the font
 * name, and an id derived from the document's bytes. This needs the document written without object streams,
 * where these names would be compressed.
 */
final class ReproduciblePdf {

	private static final Pattern CREATION_DATE = Pattern.compile("/CreationDate\\s*\\((D:[0-9]{14}[^)]*)\\)");

	/** The XMP packet's dates (PDF/A): seconds, then an optional fraction and the offset. */
	private static final Pattern XMP_DATE = Pattern
		.compile("xmp:(?:CreateDate|ModifyDate|MetadataDate)(?:>|=\")([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})([.0-9]*(?:Z|[+-][0-9]{2}:[0-9]{2}))");

	private static final Pattern SUBSET_TAG = Pattern.compile("/([A-Z]{6})\\+([A-Za-z0-9-]+)");

	private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*\\]");

	private ReproduciblePdf() {
	}

	static byte[] normalise(byte[] pdf, LocalDate generatedOn) {
		// ISO-8859-1 maps every byte to one char and back, so offsets in the text are offsets in the bytes; every
		// replacement has the length of what it replaces, so it is written into a copy of the bytes in place.
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		byte[] out = pdf.clone();
		String date = "D:" + generatedOn.format(DateTimeFormatter.BASIC_ISO_DATE) + "000000Z";
		for (Matcher m = CREATION_DATE.matcher(text); m.find();) {
			put(out, m.start(1), pad(date, m.group(1).length()));
		}
		String xmpDate = generatedOn.format(DateTimeFormatter.ISO_LOCAL_DATE) + "T00:00:00";
		for (Matcher m = XMP_DATE.matcher(text); m.find();) {
			put(out, m.start(1), xmpDate);
			// Same length, same instant: "+01:00" becomes "+00:00", ".123Z" becomes ".000Z".
			put(out, m.start(2), m.group(2).replaceAll("[0-9]", "0").replace('-', '+'));
		}
		Map<String, String> tags = new HashMap<>();
		for (Matcher m = SUBSET_TAG.matcher(text); m.find();) {
			put(out, m.start(1), tags.computeIfAbsent(m.group(2), ReproduciblePdf::tag));
		}
		List<int[]> ids = new ArrayList<>();
		for (Matcher m = ID.matcher(text); m.find();) {
			for (int group = 1; group <= 2; group++) {
				ids.add(new int[] { m.start(group), m.end(group) });
				Arrays.fill(out, m.start(group), m.end(group), (byte) '0');
			}
		}
		// An identifier, not a seal (the manifest's SHA-256 is that): MD5, as ISO 32000 suggests for it, and under
		// the quick JIT three times faster than SHA-256 over every page of every document.
		String id = HexFormat.of().formatHex(digest("MD5", out));
		for (int[] range : ids) {
			put(out, range[0], id.repeat(1 + (range[1] - range[0]) / id.length()).substring(0, range[1] - range[0]));
		}
		return out;
	}

	private static void put(byte[] into, int at, String ascii) {
		byte[] bytes = ascii.getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(bytes, 0, into, at, bytes.length);
	}

	private static String pad(String value, int length) {
		if (value.length() > length) {
			return value.substring(0, length);
		}
		return value + " ".repeat(length - value.length());
	}

	/** Six capitals derived from the font name: stable, and distinct for distinct fonts in practice. */
	private static String tag(String fontName) {
		byte[] hash = digest("SHA-256", fontName.getBytes(StandardCharsets.ISO_8859_1));
		StringBuilder tag = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			tag.append((char) ('A' + Math.floorMod(hash[i], 26)));
		}
		return tag.toString();
	}

	private static byte[] digest(String algorithm, byte[] bytes) {
		try {
			return MessageDigest.getInstance(algorithm).digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
