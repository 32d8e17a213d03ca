package org.scorecards.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.scorecards.Checksums;
import org.scorecards.OutputTree;

/** Re-hashes a year's output tree against its manifest: what changed, what is missing, what is new. */
public final class ManifestCheck {

	private ManifestCheck() {
	}

	/** Problems, one line each; empty when every output listed is there with its checksum. */
	public static List<String> verify(Path yearOutput) {
		Path manifestFile = yearOutput.resolve(OutputTree.MANIFEST);
		if (!Files.isRegularFile(manifestFile)) {
			throw new IllegalArgumentException("no manifest.json in " + yearOutput);
		}
		JsonNode manifest;
		try {
			manifest = JsonMapper.builder().build().readTree(manifestFile.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + manifestFile + ": " + ex.getMessage(), ex);
		}
		List<String> problems = new ArrayList<>();
		List<String> listed = new ArrayList<>();
		for (JsonNode output : manifest.path("outputs")) {
			String path = output.path("path").asText();
			listed.add(path);
			Path file = yearOutput.resolve(path).normalize();
			if (!file.startsWith(yearOutput.normalize())) {
				problems.add("outside the output tree: " + path);
			}
			else if (!Files.isRegularFile(file)) {
				problems.add("missing:  " + path);
			}
			else if (!Checksums.sha256(file).equals(output.path("sha256").asText())) {
				problems.add("changed:  " + path);
			}
		}
		Manifest.publishedFiles(yearOutput)
			.stream()
			.map(f -> yearOutput.relativize(f).toString().replace('\\', '/'))
			.filter(path -> !listed.contains(path))
			.forEach(path -> problems.add("not in the manifest: " + path));
		return problems;
	}
}
