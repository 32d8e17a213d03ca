package org.scorecards.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The validation rules as data ({@code validation/rules.yaml}): each rule's severity and the message a focal
 * point reads. Code names the rule and supplies the facts; the wording and the severity live in the file.
 */
public final class RuleCatalogue {

	public static final String BUNDLED = "/validation/rules.yaml";

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.build();

	public record Rule(Severity severity, String message) {
	}

	record Catalogue(Map<String, BigDecimal> parameters, Map<String, Rule> rules) {
	}

	private final Catalogue catalogue;

	private RuleCatalogue(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	public static RuleCatalogue bundled() {
		try (InputStream in = RuleCatalogue.class.getResourceAsStream(BUNDLED)) {
			return new RuleCatalogue(YAML.readValue(in, Catalogue.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static RuleCatalogue load(Path file) {
		if (file == null) {
			return bundled();
		}
		try (InputStream in = Files.newInputStream(file)) {
			return new RuleCatalogue(YAML.readValue(in, Catalogue.class));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("rules file " + file + " is not valid: " + ex.getMessage(), ex);
		}
	}

	public Severity severity(String rule) {
		return rule(rule).severity();
	}

	public BigDecimal parameter(String name) {
		BigDecimal value = catalogue.parameters().get(name);
		if (value == null) {
			throw new IllegalStateException("parameter '" + name + "' missing from the rules file");
		}
		return value;
	}

	/**
	 * A finding of {@code rule}: its severity and message come from the catalogue, the message's placeholders
	 * from {@code facts} and the finding's own {file}, {value} and {iso3}.
	 */
	public Finding finding(String rule, String iso3, String file, String location, String value,
			Map<String, ?> facts) {
		Rule definition = rule(rule);
		String message = definition.message()
			.replace("{file}", file)
			.replace("{value}", value)
			.replace("{iso3}", iso3);
		for (Map.Entry<String, ?> fact : facts.entrySet()) {
			message = message.replace("{" + fact.getKey() + "}", String.valueOf(fact.getValue()));
		}
		return new Finding(iso3, definition.severity(), file, location, rule, value, message);
	}

	private Rule rule(String rule) {
		Rule definition = catalogue.rules().get(rule);
		if (definition == null) {
			throw new IllegalStateException("rule '" + rule + "' is not in the rules file");
		}
		return definition;
	}
}
