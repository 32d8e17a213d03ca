package org.scorecards.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The record rules of the CSV files, read from {@code intake/csv-rules.yaml}. */
public record CsvRules(LinkedHashMap<String, FileRules> files) {

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public static CsvRules bundled() {
		try (InputStream in = CsvRules.class.getResourceAsStream("/intake/csv-rules.yaml")) {
			return YAML.readValue(in, CsvRules.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public FileRules file(String name) {
		return files.get(name);
	}

	/** Rules of one file: its columns in contract order, unique column groups and cross-field conditions. */
	public record FileRules(List<List<String>> unique, LinkedHashMap<String, ColumnRule> columns,
			List<Condition> conditions) {

		public FileRules {
			unique = unique == null ? List.of() : unique;
			conditions = conditions == null ? List.of() : conditions;
		}

		/** Each column's position in contract order: where an accepted record keeps its value. */
		Map<String, Integer> positions() {
			Map<String, Integer> positions = new HashMap<>();
			for (String column : columns.keySet()) {
				positions.put(column, positions.size());
			}
			return positions;
		}
	}

	/** @param max the largest value a number column takes, or {@code null}: past it a figure is not believable */
	public record ColumnRule(String type, List<String> codes, BigDecimal min, boolean minExclusive, Boolean required,
			BigDecimal max) {

		public ColumnRule(String type, List<String> codes, BigDecimal min, boolean minExclusive, Boolean required) {
			this(type, codes, min, minExclusive, required, null);
		}

		public boolean isRequired() {
			return required == null || required;
		}
	}

	/**
	 * When every field of {@code when} holds one of its codes (or, with {@code unless}, when not), each field
	 * of {@code require} must be filled and each field of {@code forbid} must be empty.
	 */
	public record Condition(String rule, Map<String, List<String>> when, Map<String, List<String>> unless,
			List<String> require, List<String> forbid) {

		public Condition {
			require = require == null ? List.of() : require;
			forbid = forbid == null ? List.of() : forbid;
		}
	}
}
