package org.scorecards.submission;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts in the application database. Passwords are stored only as hashes (Spring Security's delegating
 * encoder, bcrypt); after {@link #MAX_FAILED_LOGINS} failed logins in a row an account is locked for
 * {@link #LOCK_OUT}.
 */
@Component
public class Accounts {

	public static final int MAX_FAILED_LOGINS = 5;

	public static final Duration LOCK_OUT = Duration.ofMinutes(15);

	/** Long enough for a passphrase, short enough that hashing it is no denial of service. */
	private static final int MIN_PASSWORD = 12;

	private static final int MAX_PASSWORD = 128;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	Accounts(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	public Account add(String email, String password, Role role, String country, String actor) {
		String address = normalised(email);
		if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
			throw new IllegalArgumentException("--email must be an e-mail address, not '" + email + "'");
		}
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
			throw new IllegalArgumentException("the password must have " + MIN_PASSWORD + " to " + MAX_PASSWORD
					+ " characters");
		}
		String iso3 = null;
		if (role == Role.FOCAL_POINT) {
			if (country == null || !country.matches("(?i)[A-Z]{3}")) {
				throw new IllegalArgumentException("a focal point needs --country, an ISO3 code such as XAA");
			}
			iso3 = country.toUpperCase(Locale.ROOT);
		}
		else if (country != null) {
			throw new IllegalArgumentException("the secretariat sees every country: leave out --country");
		}
		if (find(address).isPresent()) {
			throw new IllegalArgumentException("an account for " + address + " exists already");
		}
		jdbc.sql("INSERT INTO account (email, password_hash, role, country, enabled, failed_logins, created_at) "
				+ "VALUES (?, ?, ?, ?, TRUE, 0, ?)")
			.params(address, encoder.encode(password), role.name(), iso3, Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, "account.add", null, iso3, address + " as " + role.label(), null, "enabled");
		return find(address).orElseThrow();
	}

	public Optional<Account> find(String email) {
		return jdbc.sql("SELECT * FROM account WHERE email = ?")
			.param(normalised(email))
			.query((rs, n) -> new Account(rs.getLong("id"), rs.getString("email"), rs.getString("password_hash"),
					Role.valueOf(rs.getString("role")), rs.getString("country"), rs.getBoolean("enabled"),
					rs.getInt("failed_logins"),
					rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant()))
			.optional();
	}

	public List<Account> list() {
		return jdbc.sql("SELECT email FROM account ORDER BY email")
			.query(String.class)
			.list()
			.stream()
			.map(email -> find(email).orElseThrow())
			.toList();
	}

	public void disable(String email, String actor) {
		Account account = find(email).orElseThrow(() -> new IllegalArgumentException("no account for " + email));
		jdbc.sql("UPDATE account SET enabled = FALSE WHERE id = ?").param(account.id()).update();
		audit.record(actor, "account.disable", null, account.country(), account.email(),
				account.enabled() ? "enabled" : "disabled", "disabled");
	}

	/** A failed login: counted, and the account locked once the count reaches the limit. */
	public void failedLogin(String email) {
		Optional<Account> found = find(email);
		if (found.isEmpty()) {
			audit.record(normalised(email), "login.failed", null, null, "no such account", null, null);
			return;
		}
		Account account = found.get();
		int failures = account.failedLogins() + 1;
		Instant lockedUntil = failures >= MAX_FAILED_LOGINS ? clock.instant().plus(LOCK_OUT) : null;
		jdbc.sql("UPDATE account SET failed_logins = ?, locked_until = ? WHERE id = ?")
			.params(lockedUntil == null ? failures : 0, lockedUntil == null ? null : Timestamp.from(lockedUntil),
					account.id())
			.update();
		audit.record(account.email(), "login.failed", null, account.country(), "failure " + failures,
				null, lockedUntil == null ? null : "locked until " + lockedUntil);
	}

	public void succeededLogin(String email) {
		find(email).ifPresent(account -> {
			jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = ?")
				.param(account.id())
				.update();
			audit.record(account.email(), "login", null, account.country(), "", null, null);
		});
	}

	private static String normalised(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
