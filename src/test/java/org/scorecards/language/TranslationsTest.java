package org.scorecards.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every bundle under {@code i18n/} has one file per language, and every key of the English file exists in every
 * other language with the same placeholders (and no key exists only in a translation).
 */
class TranslationsTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z_0-9]+}");

	@Test
	void everyKeyExistsInEveryLanguageWithTheSamePlaceholders() throws Exception {
		List<String> problems = new ArrayList<>();
		List<String> bundles = bundles();
		assertThat(bundles).contains("methodology");
		for (String bundle : bundles) {
			Properties english = read(bundle, Language.EN);
			for (Language language : Language.values()) {
				Properties translated = read(bundle, language);
				if (translated == null) {
					problems.add(bundle + "_" + language.tag() + ".properties is missing");
					continue;
				}
				for (String key : english.stringPropertyNames()) {
					String text = translated.getProperty(key);
					if (text == null || text.isBlank()) {
						problems.add(bundle + "_" + language.tag() + ": no '" + key + "'");
					}
					else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
						problems.add(bundle + "_" + language.tag() + ": '" + key + "' has placeholders "
								+ placeholders(text) + ", English " + placeholders(english.getProperty(key)));
					}
				}
				for (String key : translated.stringPropertyNames()) {
					if (!english.containsKey(key)) {
						problems.add(bundle + "_" + language.tag() + ": '" + key + "' is not in English");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void translationsAreMarkedForReviewByANativeSpeaker() throws Exception {
		for (String bundle : bundles()) {
			for (Language language : Language.values()) {
				if (language == Language.EN) {
					continue;
				}
				String header = Files.readAllLines(folder().resolve(bundle + "_" + language.tag() + ".properties"))
					.stream()
					.takeWhile(line -> line.startsWith("#"))
					.reduce("", String::concat);
				assertThat(header).as(bundle + "_" + language.tag()).containsIgnoringCase("review");
			}
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static List<String> bundles() throws IOException, URISyntaxException {
		try (Stream<Path> files = Files.list(folder())) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith("_en.properties"))
				.map(name -> name.substring(0, name.length() - "_en.properties".length()))
				.sorted()
				.toList();
		}
	}

	private static Path folder() throws URISyntaxException {
		return Path.of(TranslationsTest.class.getClassLoader().getResource("i18n/methodology_en.properties").toURI())
			.getParent();
	}

	private static Properties read(String bundle, Language language) throws IOException {
		try (InputStream in = TranslationsTest.class.getClassLoader()
			.getResourceAsStream("i18n/" + bundle + "_" + language.tag() + ".properties")) {
			if (in == null) {
				return null;
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}
}
