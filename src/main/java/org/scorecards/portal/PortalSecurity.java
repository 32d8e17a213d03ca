package org.scorecards.portal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.scorecards.submission.Account;
import org.scorecards.submission.Accounts;

/**
 * Who may do what: accounts from the application database with hashed passwords, a login form for people and
 * HTTP Basic for scripts, CSRF on every form (a script authenticating with Basic carries no session to
 * forge), lock-out after repeated failed logins, and the security headers a browser honours.
 */
@Configuration
@ConditionalOnWebApplication
class PortalSecurity {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalFilterChain(HttpSecurity http) throws Exception {
		RequestMatcher basicApiCall = request -> request.getRequestURI().startsWith("/api/")
				&& String.valueOf(request.getHeader("Authorization")).startsWith("Basic ");
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/portal.css", "/portal.js", "/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?failed"))
			.httpBasic(Customizer.withDefaults())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
			.csrf(csrf -> csrf.ignoringRequestMatchers(basicApiCall))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	/** Accounts as Spring Security sees them; a disabled or locked account cannot sign in. */
	@Bean
	UserDetailsService userDetailsService(Accounts accounts, Clock clock) {
		return email -> {
			Account account = accounts.find(email).orElseThrow(() -> new UsernameNotFoundException("no account"));
			return User.withUsername(account.email())
				.password(account.passwordHash())
				.roles(account.role().name())
				.disabled(!account.enabled())
				.accountLocked(account.lockedAt(clock.instant()))
				.build();
		};
	}

	@Bean
	LoginEvents loginEvents(Accounts accounts) {
		return new LoginEvents(accounts);
	}

	/** Counts failed logins towards the lock-out, and resets the count on success; both go to the audit trail. */
	static final class LoginEvents {

		private final Accounts accounts;

		LoginEvents(Accounts accounts) {
			this.accounts = accounts;
		}

		@EventListener
		void failed(AuthenticationFailureBadCredentialsEvent event) {
			accounts.failedLogin(String.valueOf(event.getAuthentication().getName()));
		}

		@EventListener
		void succeeded(AuthenticationSuccessEvent event) {
			accounts.succeededLogin(event.getAuthentication().getName());
		}
	}
}
