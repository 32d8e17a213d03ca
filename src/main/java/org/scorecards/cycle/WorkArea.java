package org.scorecards.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.scorecards.AtomicFiles;
import org.scorecards.FeedbackTree;
import org.scorecards.OutputTree;
import org.scorecards.language.Language;
import org.scorecards.scoring.CycleStandings;
import org.scorecards.scoring.RobustnessResult;

/**
 * Where a year's outputs go, and the work area that carries country outcomes from step to step: written
 * atomically, so a killed run restarts from whole files. The work area is {@code <state>/work/<year>/}, outside
 * the published tree: outcomes hold unsuppressed counts and findings with the values seen. It holds no
 * record: aggregates, scores and findings only, which a restart and a one-country re-run need.
 */
final class WorkArea {

	static final ObjectMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	/** Work files already read by this process: render partitions all need the same standings. */
	private static final Map<Path, Memo> READ = new ConcurrentHashMap<>();

	private record Memo(FileTime modified, long size, Object value) {
	}

	private final OutputTree tree;

	private final FeedbackTree feedback;

	private final Path workDir;

	private final int year;

	WorkArea(CycleParameters parameters) {
		this.year = parameters.year();
		this.tree = parameters.outputTree();
		this.feedback = parameters.feedbackTree();
		this.workDir = parameters.state().resolve("work").resolve(Integer.toString(year));
	}

	Path yearDir() {
		return tree.year(year);
	}

	Path countryFile(String iso3, String kind, String extension) {
		return tree.countryFile(year, iso3, kind, extension);
	}

	Path summaryFile(String kind, String extension) {
		return tree.summaryFile(year, kind, extension);
	}

	Path summaryFile(String kind, String extension, Language language) {
		return tree.summaryFile(year, kind, extension, language);
	}

	Path manifest() {
		return tree.manifest(year);
	}

	/** A country's private file: for its focal point, never published. */
	Path feedbackCountryFile(String iso3, String kind, String extension) {
		return feedback.countryFile(year, iso3, kind, extension);
	}

	/** A private table of the whole year: for the secretariat, never published. */
	Path feedbackFile(String kind, String extension) {
		return feedback.yearFile(year, kind, extension);
	}

	Path workDir() {
		return workDir;
	}

	void save(CountryOutcome outcome) {
		write(workDir().resolve(outcome.country().iso3() + ".json"), outcome);
	}

	CountryOutcome outcome(String iso3) {
		return read(workDir().resolve(iso3 + ".json"), CountryOutcome.class);
	}

	/** Every country outcome of the year, in ISO3 order: those of earlier runs included. */
	List<CountryOutcome> outcomes() {
		List<CountryOutcome> outcomes = new ArrayList<>();
		if (!Files.isDirectory(workDir())) {
			return outcomes;
		}
		try (Stream<Path> files = Files.list(workDir())) {
			files.filter(f -> f.getFileName().toString().matches("[A-Z]{3}\\.json"))
				.sorted()
				.forEach(f -> outcomes.add(read(f, CountryOutcome.class)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return outcomes;
	}

	void save(CycleStandings standings) {
		write(workDir().resolve("standings.json"), standings);
	}

	boolean hasStandings() {
		return Files.isRegularFile(workDir().resolve("standings.json"));
	}

	CycleStandings standings() {
		return read(workDir().resolve("standings.json"), CycleStandings.class);
	}

	/**
	 * @param key what the result was computed from ({@link RankCycleTasklet}); a later run with the same key reuses
	 * it. Forgotten first, so that a run stopped half-way never leaves a key beside another result.
	 */
	void save(RobustnessResult robustness, String key) {
		Path keyFile = workDir().resolve("robustness.key");
		try {
			Files.deleteIfExists(keyFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		write(workDir().resolve("robustness.json"), robustness);
		if (key != null) {
			AtomicFiles.write(keyFile, out -> out.write(key.getBytes(StandardCharsets.UTF_8)));
		}
	}

	/** The result saved with this key, or {@code null}. */
	RobustnessResult robustness(String key) {
		Path keyFile = workDir().resolve("robustness.key");
		try {
			if (key == null || !Files.isRegularFile(keyFile) || !key.equals(Files.readString(keyFile))) {
				return null;
			}
			return robustness();
		}
		catch (IOException | RuntimeException ex) {
			return null; // only a shortcut: the analysis runs again
		}
	}

	RobustnessResult robustness() {
		return read(workDir().resolve("robustness.json"), RobustnessResult.class);
	}

	FileHashes hashes() {
		Path file = workDir().resolve("hashes.json");
		if (!Files.isRegularFile(file)) {
			return new FileHashes(Map.of());
		}
		try {
			return new FileHashes(JSON.readValue(file.toFile(), new TypeReference<Map<String, FileHashes.Remembered>>() {
			}));
		}
		catch (IOException ex) {
			return new FileHashes(Map.of()); // only a shortcut: without it every file is hashed again
		}
	}

	void save(FileHashes hashes) {
		write(workDir().resolve("hashes.json"), hashes.remembered());
	}

	private static void write(Path file, Object value) {
		READ.remove(file.toAbsolutePath());
		AtomicFiles.write(file, out -> JSON.writeValue(out, value));
	}

	/** Read once per process while the file keeps its time and size; callers never modify what they get. */
	private static <T> T read(Path file, Class<T> type) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			Memo memo = READ.get(file.toAbsolutePath());
			if (memo != null && memo.modified().equals(attributes.lastModifiedTime()) && memo.size() == attributes.size()
					&& type.isInstance(memo.value())) {
				return type.cast(memo.value());
			}
			T value = JSON.readValue(file.toFile(), type);
			READ.put(file.toAbsolutePath(), new Memo(attributes.lastModifiedTime(), attributes.size(), value));
			return value;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read work file " + file + ": " + ex.getMessage(), ex);
		}
	}
}
