package org.scorecards.cycle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.scorecards.AtomicFiles;
import org.scorecards.Checksums;
import org.scorecards.methodology.Methodology;
import org.scorecards.rendering.CountryReport;

/**
 * Everything some documents are made from, and the documents made from it, so that a run that changed nothing
 * they show keeps them instead of writing the same bytes again: the summary's eighteen documents on a one-country
 * re-run, the validation workbook of a country re-rendered only because its rank moved. The key is the SHA-256
 * of the build and of each part as JSON; the documents are kept only while each still has the SHA-256 it was
 * written with.
 */
final class DocumentKey {

	/**
	 * Dates as ISO text, map entries by key: the same parts always give the same bytes. The methodology each
	 * country report carries is written as its checksum (the SHA-256 of its file), and the copy of the submitted
	 * workbook is left out of a country report (a function of the workbook, which the country's input fingerprint
	 * covers): together they were most of the summary's JSON and of the time taken.
	 */
	private static final ObjectWriter JSON = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.addMixIn(Methodology.class, MethodologyAsChecksum.class)
		.addMixIn(CountryReport.class, CountryReportWithoutCopy.class)
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
		.build()
		.writer();

	private final String value;

	private abstract static class MethodologyAsChecksum {

		@JsonValue
		abstract String checksum();
	}

	@JsonIgnoreProperties("submittedCopy")
	private abstract static class CountryReportWithoutCopy {
	}

	private DocumentKey(String value) {
		this.value = value;
	}

	/** {@code null} when the build cannot be identified or a part cannot be written out: nothing is kept then. */
	static DocumentKey of(List<?> parts) {
		if (BuildIdentity.VALUE == null) {
			return null;
		}
		MessageDigest digest = Checksums.newSha256();
		try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
			out.write(BuildIdentity.VALUE.getBytes(StandardCharsets.UTF_8));
			for (Object part : parts) {
				out.write('\n');
				JSON.writeValue(out, part);
			}
		}
		catch (IOException ex) {
			return null; // only a shortcut: the documents are written again
		}
		return new DocumentKey(HexFormat.of().formatHex(digest.digest()));
	}

	/**
	 * Whether this run may keep the documents: it is a one-country re-run (a whole cycle, resumed or not, writes and
	 * counts every document), and they were written from this key and are still as written. Each line of the key
	 * file after the first names a document by its SHA-256 and path.
	 */
	boolean keeps(CycleParameters parameters, Path keyFile, List<Path> documents, Function<Path, String> sha256) {
		if (parameters.country() == null) {
			return false;
		}
		try {
			if (!Files.isRegularFile(keyFile)) {
				return false;
			}
			List<String> lines = Files.readAllLines(keyFile, StandardCharsets.UTF_8);
			if (lines.isEmpty() || !lines.get(0).equals(value) || lines.size() != documents.size() + 1) {
				return false;
			}
			for (int i = 0; i < documents.size(); i++) {
				Path document = documents.get(i);
				if (!Files.isRegularFile(document) || !lines.get(i + 1).equals(line(document, sha256))) {
					return false;
				}
			}
			return true;
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	/** Remembers that the documents were written from this key. */
	void save(Path keyFile, List<Path> documents, Function<Path, String> sha256) {
		StringBuilder text = new StringBuilder(value).append('\n');
		for (Path document : documents) {
			text.append(line(document, sha256)).append('\n');
		}
		AtomicFiles.write(keyFile, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
	}

	/** Forgets the key first, so that a run stopped while writing never leaves a key beside other documents. */
	static void forget(Path keyFile) {
		try {
			Files.deleteIfExists(keyFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String line(Path document, Function<Path, String> sha256) {
		return sha256.apply(document) + " " + document.toAbsolutePath().normalize();
	}
}
