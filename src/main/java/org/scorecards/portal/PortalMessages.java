package org.scorecards.portal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

import org.scorecards.language.Language;
import org.scorecards.language.Texts;
import org.scorecards.submission.UploadRefused;

/**
 * The portal's words, {@code i18n/portal_<tag>.properties}, as Spring's message source: what {@code #{...}} shows
 * in the templates and what the controllers put in flash messages. Read through {@link Texts} rather than a
 * {@code ResourceBundleMessageSource}, so that the portal's bundles follow the same rules as every other under
 * {@code i18n/} (UTF-8, {@code {0}} placeholders, an apostrophe written once: MessageFormat would swallow the one
 * of "l'indicateur {0}"). A locale that is not one of the six reads English, never the JVM's default locale.
 */
final class PortalMessages implements MessageSource {

	static final String BUNDLE = "portal";

	private final Map<Language, Texts> texts = new EnumMap<>(Language.class);

	PortalMessages() {
		for (Language language : Language.values()) {
			texts.put(language, Texts.of(BUNDLE, language));
		}
	}

	Texts texts(Locale locale) {
		return texts.get(PortalLanguage.of(locale));
	}

	/** The text of {@code key}; a missing key is an error (the translations test keeps every key in every file). */
	String text(Locale locale, String key, Object... arguments) {
		return texts(locale).text(key, arguments);
	}

	/** Numbers and dates in the language of {@code locale}, and counts with their nouns. */
	PageFormats formats(Locale locale) {
		return new PageFormats(texts(locale));
	}

	/** A refusal in the reader's language; one worded in English only is shown as it is. */
	String refusal(Locale locale, UploadRefused refused) {
		return refused.key() == null ? refused.getMessage()
				: text(locale, "refused." + refused.key(), refused.arguments());
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		Texts words = texts(locale);
		return code != null && words.has(code) ? words.text(code, args == null ? new Object[0] : args) : defaultMessage;
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		String message = getMessage(code, args, null, locale);
		if (message == null) {
			throw new NoSuchMessageException(code, locale);
		}
		return message;
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
		String[] codes = resolvable.getCodes();
		if (codes != null) {
			for (String code : codes) {
				String message = getMessage(code, resolvable.getArguments(), null, locale);
				if (message != null) {
					return message;
				}
			}
		}
		if (resolvable.getDefaultMessage() != null) {
			return resolvable.getDefaultMessage();
		}
		throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[codes.length - 1], locale);
	}
}
