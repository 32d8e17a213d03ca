package org.scorecards.submission;

import java.time.Instant;

/**
 * A portal account.
 *
 * @param country the one country a focal point submits for; {@code null} for the secretariat
 * @param lockedUntil while in the future, the account cannot log in (repeated failed logins)
 */
public record Account(long id, String email, String passwordHash, Role role, String country, boolean enabled,
		int failedLogins, Instant lockedUntil) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Whether this account may see and change {@code iso3}'s data. */
	public boolean mayAccess(String iso3) {
		return role == Role.SECRETARIAT || country != null && country.equalsIgnoreCase(iso3);
	}
}
