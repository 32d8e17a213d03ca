package org.scorecards.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import org.scorecards.reference.Country;
import org.scorecards.submission.Accounts;
import org.scorecards.submission.Role;
import org.scorecards.submission.SubmissionStore;

/**
 * The portal in six languages: its words from {@code i18n/portal_<tag>.properties} (the context's
 * {@code messageSource}, which Thymeleaf's {@code #{...}} reads), the page's language chosen by
 * {@link PortalLanguage} (the context's {@code localeResolver}), and the picker's {@code ?lang=} links, which
 * change it on a GET.
 */
@Configuration
@ConditionalOnWebApplication
class PortalLanguages implements WebMvcConfigurer {

	/** Named so: the application context takes the bean of this name as its message source. */
	@Bean(name = "messageSource")
	static PortalMessages messageSource() {
		return new PortalMessages();
	}

	/** Named so: the dispatcher servlet takes the bean of this name as its locale resolver. */
	@Bean(name = "localeResolver")
	PortalLanguage localeResolver(Accounts accounts, SubmissionStore store,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookie) {
		return new PortalLanguage(email -> accounts.find(email)
			.filter(account -> account.role() == Role.FOCAL_POINT && account.country() != null)
			.flatMap(account -> store.reference().country(account.country()))
			.map(Country::language), secureCookie);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor picker = new LocaleChangeInterceptor();
		picker.setParamName(PortalLanguage.PARAMETER);
		picker.setHttpMethods("GET");
		picker.setIgnoreInvalidLocale(true);
		registry.addInterceptor(picker);
	}
}
