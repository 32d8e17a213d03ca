package org.scorecards.rendering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a PDF written by OpenPDF depend on its content and the generation date only. OpenPDF stamps the
 * clock into {@code /CreationDate}, derives {@code /ID} from the time, and draws font-subset tags
 * ({@code KQLUKX+DejaVuSans}) at random. Each is replaced in place by a value of the same length (so the
 * cross-reference offsets stay right): the pinned date, a tag derived from the font name, and an id
 * derived from the document's bytes. This needs the document written without object streams, where these
 * names would be compressed.
 */
final class ReproduciblePdf {

	private static final Pattern CREATION_DATE = Pattern.compile("/CreationDate\\s*\\((D:[0-9]{14}[^)]*)\\)");

	private static final Pattern SUBSET_TAG = Pattern.compile("/([A-Z]{6})\\+([A-Za-z0-9-]+)");

	private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*\\]");

	private ReproduciblePdf() {
	}

	static byte[] normalise(byte[] pdf, LocalDate generatedOn) {
		// ISO-8859-1 maps every byte to one char and back, so binary streams survive untouched.
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		text = replace(text, CREATION_DATE, m -> {
			String date = "D:" + generatedOn.format(DateTimeFormatter.BASIC_ISO_DATE) + "000000";
			return m.group().replace(m.group(1), pad(date + "Z", m.group(1).length()));
		});
		Map<String, String> tags = new HashMap<>();
		text = replace(text, SUBSET_TAG, m -> "/" + tags.computeIfAbsent(m.group(1) + m.group(2), k -> tag(m.group(2)))
				+ "+" + m.group(2));
		String withoutId = replace(text, ID, m -> m.group().replaceAll("[0-9a-fA-F]", "0"));
		String id = HexFormat.of().formatHex(sha256(withoutId.getBytes(StandardCharsets.ISO_8859_1)));
		text = replace(text, ID, m -> m.group().replace(m.group(1), id.substring(0, m.group(1).length()))
			.replace(m.group(2), id.substring(0, m.group(2).length())));
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String pad(String value, int length) {
		if (value.length() > length) {
			return value.substring(0, length);
		}
		return value + " ".repeat(length - value.length());
	}

	/** Six capitals derived from the font name: stable, and distinct for distinct fonts in practice. */
	private static String tag(String fontName) {
		byte[] hash = sha256(fontName.getBytes(StandardCharsets.ISO_8859_1));
		StringBuilder tag = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			tag.append((char) ('A' + Math.floorMod(hash[i], 26)));
		}
		return tag.toString();
	}

	private static String replace(String text, Pattern pattern, java.util.function.Function<Matcher, String> by) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(by.apply(matcher)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
