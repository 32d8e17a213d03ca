package org.scorecards.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.scorecards.Checksums;
import org.scorecards.language.Language;

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

	/** Placeholders every message may use: the finding's own file, value and country. */
	private static final Set<String> OWN = Set.of("file", "value", "iso3");

	private static final FindingWords WORDS = FindingWords.bundled();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

	/** @param facts the placeholders the message may use besides {@link #OWN} */
	public record Rule(Severity severity, List<String> facts, String message) {

		public Rule {
			facts = facts == null ? List.of() : facts;
		}
	}

	/** Two workbook values where {@code code} cannot exceed {@code atMost}. */
	public record WorkbookCheck(String rule, String code, String atMost) {
	}

	record Catalogue(Map<String, BigDecimal> parameters, Map<String, Rule> rules, List<WorkbookCheck> workbookChecks) {

		Catalogue {
			workbookChecks = workbookChecks == null ? List.of() : workbookChecks;
		}
	}

	private final Catalogue catalogue;

	private final String checksum;

	private RuleCatalogue(Catalogue catalogue, String name, String checksum) {
		this.catalogue = catalogue;
		this.checksum = checksum;
		catalogue.rules().forEach((id, rule) -> {
			checkPlaceholders(name, id, rule, rule.message());
			// the same strict check for every language the message is worded in
			for (Language language : Language.values()) {
				String translated = WORDS.template(id, rule.message(), language);
				if (translated != null) {
					checkPlaceholders(name + " (" + language.tag() + ")", id, rule, translated);
				}
			}
		});
		for (WorkbookCheck check : catalogue.workbookChecks()) {
			rule(check.rule());
		}
	}

	private static void checkPlaceholders(String name, String id, Rule rule, String message) {
		for (String placeholder : placeholders(message)) {
			if (!OWN.contains(placeholder) && !rule.facts().contains(placeholder)) {
				throw new IllegalArgumentException("rules file " + name + ": the message of " + id + " uses {"
						+ placeholder + "}, which is neither one of " + new TreeSet<>(OWN) + " nor among its facts "
						+ rule.facts());
			}
		}
	}

	/** The bundled catalogue, read once per process: a catalogue is never changed once read. */
	public static RuleCatalogue bundled() {
		return Bundled.CATALOGUE;
	}

	private static final class Bundled {

		static final RuleCatalogue CATALOGUE = read();

	}

	private static RuleCatalogue read() {
		try (InputStream in = RuleCatalogue.class.getResourceAsStream(BUNDLED)) {
			byte[] bytes = in.readAllBytes();
			return new RuleCatalogue(YAML.readValue(bytes, Catalogue.class), BUNDLED, Checksums.sha256(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static RuleCatalogue load(Path file) {
		if (file == null) {
			return bundled();
		}
		Catalogue catalogue;
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
			catalogue = YAML.readValue(bytes, Catalogue.class);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("rules file " + file + " is not valid: " + ex.getMessage(), ex);
		}
		return new RuleCatalogue(catalogue, file.toString(), Checksums.sha256(bytes));
	}

	/** SHA-256 of the rules file's bytes: a resumed run tells by it that the rules changed. */
	public String checksum() {
		return checksum;
	}

	public List<WorkbookCheck> workbookChecks() {
		return catalogue.workbookChecks();
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
	 * from the finding's own {file}, {value} and {iso3} and from {@code facts}. The one place that fills a
	 * message: a placeholder left without a value is a fault of the caller, never shown to a focal point.
	 */
	public Finding finding(String rule, String iso3, String file, String location, String value,
			Map<String, ?> facts) {
		Rule definition = rule(rule);
		value = shown(value);
		Map<String, String> kept = new TreeMap<>();
		for (String name : definition.facts()) {
			Object fact = facts.get(name);
			if (fact != null) {
				kept.put(name, String.valueOf(fact));
			}
		}
		String message = fill(rule, definition.message(), iso3, file, value, kept, fact -> fact);
		return new Finding(iso3, definition.severity(), file, location, rule, value, message, kept);
	}

	/**
	 * The finding's message in {@code language}: the rule's translation ({@code i18n/findings_<tag>.properties})
	 * filled with the finding's facts, facts that are words worded in the language too. The English message when
	 * the rule has no translation (a rule of a custom {@code --rules} file), when its message is not the one the
	 * translation was made from (a reworded rule: never a stale translation), or when the finding carries no facts.
	 */
	public String message(Finding finding, Language language) {
		Rule definition = catalogue.rules().get(finding.rule());
		String template = definition == null ? null : WORDS.template(finding.rule(), definition.message(), language);
		if (template == null || (finding.facts().isEmpty() && !definition.facts().isEmpty())) {
			return finding.message();
		}
		try {
			return fill(finding.rule(), template, finding.iso3(), finding.file(), finding.value(), finding.facts(),
					fact -> WORDS.fact(fact, language));
		}
		catch (IllegalStateException ex) {
			// a finding made before a fact was kept: its English message is still right
			return finding.message();
		}
	}

	/** The one place that fills a message: a placeholder left without a value is a fault of the caller. */
	private static String fill(String rule, String template, String iso3, String file, String value,
			Map<String, String> facts, UnaryOperator<String> factWords) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder message = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String filled = switch (name) {
				case "file" -> file;
				case "value" -> value;
				case "iso3" -> iso3;
				default -> facts.get(name) == null ? null : factWords.apply(facts.get(name));
			};
			if (filled == null) {
				throw new IllegalStateException("rule " + rule + " needs {" + name + "}, which the finding lacks");
			}
			matcher.appendReplacement(message, Matcher.quoteReplacement(filled));
		}
		matcher.appendTail(message);
		return message.toString();
	}

	/** Characters of a value seen that a finding echoes: a 40,000-character code is shown by its start. */
	static final int VALUE_SHOWN = 200;

	private static String shown(String value) {
		return value == null || value.length() <= VALUE_SHOWN ? value : value.substring(0, VALUE_SHOWN) + "…";
	}

	private static List<String> placeholders(String message) {
		List<String> names = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private Rule rule(String rule) {
		Rule definition = catalogue.rules().get(rule);
		if (definition == null) {
			throw new IllegalStateException("rule '" + rule + "' is not in the rules file");
		}
		return definition;
	}
}
