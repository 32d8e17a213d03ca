package org.scorecards.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.scorecards.AtomicFiles;

/**
 * One published version of a cycle: version 1 publishes the whole cycle, each later version corrects one
 * country for a reason its card prints. The portal records who and when before the run that renders the
 * version and hands the record to it as a file ({@link CycleParameters#publication()}), so the manifest and
 * the cards carry the recorded time, never a clock read while rendering: the same record gives the same bytes,
 * on a restart too.
 *
 * @param country the corrected country, or {@code null} for the publication of the whole cycle
 * @param reason why the country was corrected, or {@code null}
 */
public record Publication(int version, Instant publishedAt, String publishedBy, String country, String reason) {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public boolean correction() {
		return country != null;
	}

	/** Every version up to the one a run publishes, oldest first: the record {@link #write} made. */
	public static List<Publication> history(Path file) {
		try {
			List<Publication> history = new ArrayList<>();
			for (JsonNode node : JSON.readTree(file.toFile())) {
				history.add(new Publication(node.path("version").asInt(),
						Instant.parse(node.path("published_at").asText()), node.path("published_by").asText(),
						text(node, "country"), text(node, "reason")));
			}
			return history;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the publication record " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** Writes the record of a run: every version so far, the one it publishes last. */
	public static void write(List<Publication> history, Path file) {
		List<Map<String, Object>> entries = history.stream().map(Publication::entry).toList();
		AtomicFiles.write(file, out -> JSON.writeValue(out, entries));
	}

	/** As the record and the manifest write it; ordered keys, so the same version gives the same bytes. */
	Map<String, Object> entry() {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("version", version);
		entry.put("published_at", publishedAt.toString());
		entry.put("published_by", publishedBy);
		if (correction()) {
			entry.put("country", country);
			entry.put("reason", reason);
		}
		return entry;
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asText() : null;
	}
}
