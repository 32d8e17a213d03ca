package org.scorecards.methodology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.scorecards.Checksums;

/**
 * Reads the methodology data file: the bundled v2 by default, a bundled version by name ({@code v1},
 * {@code v2}), or a file.
 */
public final class MethodologyLoader {

	/** The bundled methodology used when none is named. */
	public static final String DEFAULT = "v2";

	private static final Pattern BUNDLED_NAME = Pattern.compile("v\\d+");

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private MethodologyLoader() {
	}

	/** The default methodology, v2. */
	public static Methodology bundled() {
		return bundled(DEFAULT);
	}

	/** A methodology shipped in the jar, by name: {@code v1} or {@code v2}. */
	public static Methodology bundled(String name) {
		String resource = "/methodology/methodology-" + name + ".yaml";
		try (InputStream in = MethodologyLoader.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No bundled methodology " + name + " (bundled: v1, v2)");
			}
			return parse(in.readAllBytes(), resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param spec {@code null} or empty for the default, a bundled version's name ({@code v1}), or a file path
	 */
	public static Methodology load(String spec) {
		if (spec == null || spec.isEmpty()) {
			return bundled();
		}
		if (isBundledName(spec)) {
			return bundled(spec);
		}
		return load(Path.of(spec));
	}

	/** Whether {@code spec} names a bundled version rather than a file. */
	public static boolean isBundledName(String spec) {
		return spec != null && BUNDLED_NAME.matcher(spec).matches();
	}

	public static Methodology load(Path file) {
		if (file == null) {
			return bundled();
		}
		try {
			return parse(Files.readAllBytes(file), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read methodology file " + file, ex);
		}
	}

	static Methodology parse(byte[] bytes, String name) {
		try {
			return YAML.readValue(bytes, Methodology.class).withChecksum(Checksums.sha256(bytes));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Methodology file " + name + " is not valid: " + ex.getMessage(), ex);
		}
	}
}
