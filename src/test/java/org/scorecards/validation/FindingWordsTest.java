package org.scorecards.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.language.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings' messages in the six languages: filled, checked, never stale. */
class FindingWordsTest {

	@TempDir
	Path dir;

	private final RuleCatalogue catalogue = RuleCatalogue.bundled();

	@Test
	void theEnglishBundleHoldsExactlyTheMessagesOfRulesYaml() throws IOException {
		Map<String, String> yaml = new LinkedHashMap<>();
		try (InputStream in = getClass().getResourceAsStream(RuleCatalogue.BUNDLED)) {
			ObjectMapper mapper = new YAMLMapper();
			@SuppressWarnings("unchecked")
			Map<String, Map<String, Object>> rules = (Map<String, Map<String, Object>>) mapper.readValue(in, Map.class)
				.get("rules");
			rules.forEach((id, rule) -> yaml.put(id, (String) rule.get("message")));
		}
		Properties english = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/i18n/findings_en.properties")) {
			english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Map<String, String> bundle = new HashMap<>();
		english.stringPropertyNames().stream().filter(k -> !k.startsWith("fact.")).forEach(k -> bundle.put(k, english.getProperty(k)));
		assertThat(bundle).isEqualTo(yaml);
	}

	@Test
	void aFrenchMessageHasItsPlaceholdersFilled() {
		Finding finding = catalogue.finding("file.too_large", "XAA", "victims.csv", "", "", Map.of("size", 3000, "limit",
				2048));
		assertThat(catalogue.message(finding, Language.FR))
			.isEqualTo("victims.csv pèse 3000 Mo, au-delà de la limite de 2048 Mo ; il n'a pas été lu");
		assertThat(catalogue.message(finding, Language.EN)).isEqualTo(finding.message());
	}

	@Test
	void aFactThatIsAPhraseIsWordedInTheLanguage() {
		Finding finding = catalogue.finding("number.min", "XAA", "training.csv", "line 3", "-2",
				Map.of("column", "participants", "bound", "at least 1"));
		assertThat(catalogue.message(finding, Language.FR)).isEqualTo("participants doit être au moins égal à 1");
		assertThat(catalogue.message(finding, Language.ES)).isEqualTo("participants debe ser como mínimo 1");
	}

	@Test
	void aWorkbookItemLabelIsGivenInTheLanguage() {
		Finding finding = catalogue.finding("indicator.missing_row", "XAA", "indicators.xlsx", "Indicators", "PV.1",
				Map.of("label", "National action plan in force for the year"));
		assertThat(catalogue.message(finding, Language.FR)).doesNotContain("National action plan")
			.startsWith("aucune ligne pour PV.1 (");
	}

	@Test
	void everyBundledRuleIsWordedInEveryLanguageWithNoPlaceholderLeft() throws IOException {
		try (InputStream in = getClass().getResourceAsStream(RuleCatalogue.BUNDLED)) {
			@SuppressWarnings("unchecked")
			Map<String, Map<String, Object>> rules = (Map<String, Map<String, Object>>) new YAMLMapper()
				.readValue(in, Map.class)
				.get("rules");
			rules.forEach((id, rule) -> {
				Map<String, Object> facts = new HashMap<>();
				@SuppressWarnings("unchecked")
				List<String> names = (List<String>) rule.getOrDefault("facts", List.of());
				names.forEach(name -> facts.put(name, "7"));
				Finding finding = catalogue.finding(id, "XAA", "victims.csv", "line 2", "v", facts);
				for (Language language : Language.values()) {
					String message = catalogue.message(finding, language);
					assertThat(message).as(id + " in " + language.tag()).doesNotContain("{");
					if (language != Language.EN) {
						assertThat(message).as(id + " in " + language.tag()).isNotEqualTo(finding.message());
					}
				}
			});
		}
	}

	@Test
	void aCustomRuleWithoutTranslationKeepsItsEnglishMessage() throws IOException {
		RuleCatalogue custom = RuleCatalogue.load(rules("""
				  local.rule: {severity: warning, facts: [column], message: "{column} looks odd"}
				"""));
		Finding finding = custom.finding("local.rule", "XAA", "victims.csv", "line 2", "x", Map.of("column", "sex"));
		assertThat(custom.message(finding, Language.AR)).isEqualTo("sex looks odd");
	}

	@Test
	void aRewordedRuleKeepsItsOwnEnglishRatherThanAStaleTranslation() throws IOException {
		RuleCatalogue custom = RuleCatalogue.load(rules("""
				  field.required: {severity: error, facts: [column], message: "{column} must be filled in"}
				"""));
		Finding finding = custom.finding("field.required", "XAA", "victims.csv", "line 2", "", Map.of("column", "sex"));
		assertThat(custom.message(finding, Language.RU)).isEqualTo("sex must be filled in");
	}

	@Test
	void aFindingReadBackWithoutItsFactsKeepsItsEnglishMessage() {
		Finding made = catalogue.finding("field.required", "XAA", "victims.csv", "line 2", "", Map.of("column", "sex"));
		Finding stored = new Finding(made.iso3(), made.severity(), made.file(), made.location(), made.rule(),
				made.value(), made.message());
		assertThat(stored).isEqualTo(made);
		assertThat(catalogue.message(stored, Language.ZH)).isEqualTo(made.message());
		assertThat(catalogue.message(made, Language.ZH)).isEqualTo("sex 为空；必须填写");
	}

	private Path rules(String body) throws IOException {
		Path file = dir.resolve("rules.yaml");
		Files.writeString(file, "parameters: {change_factor: 3}\nrules:\n" + body);
		return file;
	}
}
