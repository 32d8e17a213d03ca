package org.scorecards.portal;

import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import org.scorecards.submission.Account;
import org.scorecards.submission.Accounts;
import org.scorecards.submission.Role;
import org.scorecards.submission.SubmissionStore;

/**
 * Per-country isolation, checked by every route that names a country: a focal point's account opens its own
 * country and nothing else. Another country answers 404, as if it did not exist, so that no URL tells a
 * guesser what is there.
 */
@Component
@ConditionalOnWebApplication
class CountryAccess {

	private final Accounts accounts;

	private final SubmissionStore store;

	CountryAccess(Accounts accounts, SubmissionStore store) {
		this.accounts = accounts;
		this.store = store;
	}

	Account account(Authentication authentication) {
		return accounts.find(authentication.getName())
			.filter(Account::enabled)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	/** The account when it is the secretariat's; 404 for a focal point, as if the page did not exist. */
	Account secretariat(Authentication authentication) {
		Account account = account(authentication);
		if (account.role() != Role.SECRETARIAT) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return account;
	}

	/** The account, when it may see {@code iso3}; 404 otherwise, and for anything that is not a country code. */
	Account check(Authentication authentication, String iso3) {
		Account account = account(authentication);
		if (iso3 == null || !iso3.matches("[A-Za-z]{3}") || !account.mayAccess(iso3)
				|| store.reference().country(code(iso3)).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return account;
	}

	static String code(String iso3) {
		return iso3.toUpperCase(Locale.ROOT);
	}
}
