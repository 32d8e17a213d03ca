package org.scorecards.cycle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.scorecards.AtomicFiles;
import org.scorecards.methodology.Methodology;
import org.scorecards.rendering.CountryReport;
import org.scorecards.rendering.CycleReport;
import org.scorecards.scoring.RobustnessResult;

/**
 * Everything the summary documents are made from, and the documents made from it: a one-country re-run that
 * changed nothing the summary shows keeps the summary PDF and workbooks of the run before instead of writing the
 * same bytes again (on a cycle of six languages, eighteen documents and most of a re-run's time). The key holds
 * the build, the templates, the date and draft flag, the languages, and the whole cycle report and robustness
 * result as JSON; the documents are kept only while each still has the SHA-256 it was written with.
 */
final class SummaryKey {

	/**
	 * Dates as ISO text, map entries by key: the same report always gives the same bytes. The methodology each
	 * country report carries is written as its checksum (the SHA-256 of its file), and the copy of the submitted
	 * workbook is left out (a function of the workbook, which the country's input fingerprint covers): together
	 * they were most of the JSON and of the time taken.
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

	private SummaryKey(String value) {
		this.value = value;
	}

	/** {@code null} when the build cannot be identified or the report cannot be written out: nothing is kept then. */
	static SummaryKey of(CycleParameters parameters, CycleReport cycle, RobustnessResult robustness,
			List<String> languages, FileHashes hashes) {
		if (BuildIdentity.VALUE == null) {
			return null;
		}
		MessageDigest digest = sha256();
		try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
			line(out, BuildIdentity.VALUE);
			try (Stream<Path> templates = Files.list(parameters.templates())) {
				for (Path template : templates.filter(Files::isRegularFile).sorted().toList()) {
					line(out, template.getFileName() + " " + hashes.sha256(template));
				}
			}
			line(out, parameters.asOf() + " draft=" + parameters.draft() + " " + String.join(",", languages));
			JSON.writeValue(out, robustness);
			JSON.writeValue(out, cycle);
		}
		catch (IOException ex) {
			return null; // only a shortcut: the summary is written again
		}
		return new SummaryKey(HexFormat.of().formatHex(digest.digest()));
	}

	/**
	 * Whether the documents were written from this key by the run before and are still as written. Each line of the
	 * key file after the first names a document by path and its SHA-256.
	 */
	boolean wrote(Path keyFile, List<Path> documents, FileHashes hashes) {
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
				if (!Files.isRegularFile(document)
						|| !lines.get(i + 1).equals(hashes.sha256(document) + " " + document.toAbsolutePath().normalize())) {
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
	void save(Path keyFile, List<Path> documents, FileHashes hashes) {
		StringBuilder text = new StringBuilder(value).append('\n');
		for (Path document : documents) {
			text.append(hashes.sha256(document)).append(' ').append(document.toAbsolutePath().normalize()).append('\n');
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

	private static void line(OutputStream out, String text) throws IOException {
		out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
