package org.scorecards.methodology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.scorecards.Checksums;

/** Reads the methodology data file; the bundled v1 unless another file is given. */
public final class MethodologyLoader {

	public static final String BUNDLED = "/methodology/methodology-v1.yaml";

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private MethodologyLoader() {
	}

	public static Methodology bundled() {
		try (InputStream in = MethodologyLoader.class.getResourceAsStream(BUNDLED)) {
			return parse(in.readAllBytes(), BUNDLED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
