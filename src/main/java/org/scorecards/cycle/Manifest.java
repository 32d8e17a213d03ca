package org.scorecards.cycle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.scorecards.OutputTree;
import org.scorecards.intake.InputTree;
import org.scorecards.methodology.Methodology;

/**
 * {@code manifest.json}: every input and output of the year with its SHA-256, the methodology and the run; for a
 * published version, who published it and when, and the versions before it (from the portal's record, never
 * the clock, so re-running the version gives the same bytes).
 */
final class Manifest {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Manifest() {
	}

	static void write(CycleParameters parameters, Methodology methodology, long runId, String softwareVersion,
			Path yearOutput, FileHashes hashes, OutputStream out) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("run_id", runId);
		manifest.put("year", parameters.year());
		manifest.put("generated_on", parameters.asOf().toString());
		manifest.put("software_version", softwareVersion);
		if (parameters.publication() != null) {
			List<Publication> history = Publication.history(parameters.publication());
			manifest.put("publication", history.get(history.size() - 1).entry());
			manifest.put("earlier_publications", history.subList(0, history.size() - 1).stream().map(Publication::entry).toList());
		}
		Map<String, String> method = new LinkedHashMap<>();
		method.put("version", methodology.version());
		method.put("sha256", methodology.checksum());
		manifest.put("methodology", method);
		List<Map<String, String>> inputs = new ArrayList<>();
		Path input = parameters.input();
		for (Path dir : inputDirs(parameters)) {
			hashes(dir, input, hashes, inputs);
		}
		manifest.put("inputs", inputs);
		List<Map<String, String>> outputs = new ArrayList<>();
		hashes(yearOutput, yearOutput, hashes, outputs);
		manifest.put("outputs", outputs);
		try {
			JSON.writeValue(out, manifest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every file the manifest of the year lists: its inputs, then its outputs. */
	static List<Path> files(CycleParameters parameters, Path yearOutput) {
		List<Path> files = new ArrayList<>();
		inputDirs(parameters).forEach(dir -> files.addAll(publishedFiles(dir)));
		files.addAll(publishedFiles(yearOutput));
		return files;
	}

	/** The reference data, the year and the two before it: they are re-scored for the trend and the history. */
	private static List<Path> inputDirs(CycleParameters parameters) {
		InputTree tree = parameters.inputTree();
		List<Path> dirs = new ArrayList<>(List.of(tree.reference()));
		for (int year = parameters.year(); year >= parameters.year() - 2; year--) {
			dirs.add(tree.year(year));
		}
		return dirs;
	}

	/** Files under {@code dir}, by path relative to {@code base}. */
	private static void hashes(Path dir, Path base, FileHashes hashes, List<Map<String, String>> into) {
		for (Path f : publishedFiles(dir)) {
			// Ordered maps: Map.of iterates in a different order in every JVM.
			Map<String, String> entry = new LinkedHashMap<>();
			entry.put("path", base.relativize(f).toString().replace('\\', '/'));
			entry.put("sha256", hashes.sha256(f));
			into.add(entry);
		}
	}

	/**
	 * Files under {@code dir} in path order, less the manifest itself and a file being written (a hidden
	 * {@code .part}): exactly what a reader of the published tree finds. Hidden files are listed, so that
	 * {@code verify} reports one that should not be there.
	 */
	static List<Path> publishedFiles(Path dir) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile)
				.filter(f -> visible(dir, f))
				.filter(f -> !f.getFileName().toString().equals(OutputTree.MANIFEST))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean visible(Path dir, Path file) {
		String name = file.getFileName().toString();
		return !(name.startsWith(".") && name.endsWith(".part"));
	}
}
