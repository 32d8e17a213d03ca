package org.scorecards.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import org.scorecards.language.Language;
import org.scorecards.language.Texts;

/**
 * What every page's layout needs besides its own model: the language picker's links (this page again, in each
 * language, named in itself) and the numbers and dates of the page's language.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class LanguagePicker {

	/** One link of the picker. */
	record Choice(String tag, String name, String href, boolean current, String dir) {
	}

	@ModelAttribute("languages")
	List<Choice> languages(HttpServletRequest request, Locale locale) {
		Language shown = PortalLanguage.of(locale);
		// An error page is rendered at /error: its links lead back to the address that failed.
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = failed != null ? failed.toString() : request.getRequestURI();
		String query = failed != null ? null : request.getQueryString();
		return Arrays.stream(Language.values())
			.map(language -> new Choice(language.tag(), language.nativeName(), href(path, query, language),
					language == shown, language.rightToLeft() ? "rtl" : "ltr"))
			.toList();
	}

	/** This page in {@code language}: its address and query, {@code lang} replaced; the bare page if the query is odd. */
	private static String href(String path, String query, Language language) {
		try {
			return UriComponentsBuilder.fromUriString(path + (query == null ? "" : "?" + query))
				.replaceQueryParam(PortalLanguage.PARAMETER, language.tag())
				.build()
				.toUriString();
		}
		catch (IllegalArgumentException ex) {
			return path + "?" + PortalLanguage.PARAMETER + "=" + language.tag();
		}
	}

	@ModelAttribute("formats")
	PageFormats formats(Locale locale) {
		return new PageFormats(Texts.of(PortalMessages.BUNDLE, PortalLanguage.of(locale)));
	}

	/** The page's language: its {@code lang} and {@code dir}. */
	@ModelAttribute("language")
	Language language(Locale locale) {
		return PortalLanguage.of(locale);
	}
}
