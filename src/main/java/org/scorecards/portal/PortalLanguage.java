package org.scorecards.portal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

import org.scorecards.language.Language;

/**
 * The language of a page, always one of the six: the reader's choice from the picker (kept in a cookie), else
 * for a focal point the language their country publishes in when {@code countries.csv} names one other than
 * English, else the first of the six the browser's {@code Accept-Language} asks for, else English. Never the
 * server's own default locale: a portal in Geneva and one in Beijing show the same pages.
 */
final class PortalLanguage implements LocaleResolver {

	static final String COOKIE = "scorecards-language";

	/** The query parameter of the picker's links. */
	static final String PARAMETER = "lang";

	private static final String RESOLVED = PortalLanguage.class.getName() + ".language";

	private static final List<String> TAGS = Arrays.stream(Language.values()).map(Language::tag).toList();

	private final Function<String, Optional<Language>> accountLanguage;

	private final boolean secureCookie;

	/**
	 * @param accountLanguage the language of a signed-in account's country, by e-mail address, when it has one
	 * @param secureCookie whether the cookie is sent over TLS only, as the session cookie is
	 */
	PortalLanguage(Function<String, Optional<Language>> accountLanguage, boolean secureCookie) {
		this.accountLanguage = accountLanguage;
		this.secureCookie = secureCookie;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return language(request).locale();
	}

	/** The picker's choice: kept for the next pages in a cookie, and used for this one. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Language language = of(locale);
		request.setAttribute(RESOLVED, language);
		if (response != null) {
			ResponseCookie cookie = ResponseCookie.from(COOKIE, language.tag())
				.path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
				.maxAge(Duration.ofDays(365))
				.httpOnly(true)
				.secure(secureCookie)
				.sameSite("Lax")
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}
	}

	Language language(HttpServletRequest request) {
		if (request.getAttribute(RESOLVED) instanceof Language resolved) {
			return resolved;
		}
		Language language = chosen(request).or(() -> ofAccount())
			.or(() -> accepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
			.orElse(Language.EN);
		request.setAttribute(RESOLVED, language);
		return language;
	}

	/** One of the six for any locale; English for the others. */
	static Language of(Locale locale) {
		if (locale != null) {
			for (Language language : Language.values()) {
				if (language.tag().equals(locale.getLanguage())) {
					return language;
				}
			}
		}
		return Language.EN;
	}

	/**
	 * The first of the six the header asks for, weights considered ({@code de, fr;q=0.8} gives French); empty
	 * when it names none of them or cannot be read.
	 */
	static Optional<Language> accepted(String header) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		try {
			String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), TAGS);
			return Optional.ofNullable(tag).map(Language::of);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Language> chosen(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName()) && TAGS.contains(cookie.getValue())) {
					return Optional.of(Language.of(cookie.getValue()));
				}
			}
		}
		return Optional.empty();
	}

	private Optional<Language> ofAccount() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return accountLanguage.apply(authentication.getName()).filter(language -> language != Language.EN);
	}
}
