package org.scorecards.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

import org.scorecards.submission.Account;
import org.scorecards.submission.Accounts;
import org.scorecards.submission.Role;

@Command(name = "users", mixinStandardHelpOptions = true, header = "Add, list or disable portal accounts.",
		subcommands = { UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class })
class UsersCommand implements Runnable {

	@Override
	public void run() {
		new picocli.CommandLine(this).usage(System.out);
	}

	/** Who made a change from the command line, for the audit trail. */
	static String operator() {
		return "cli:" + System.getProperty("user.name", "unknown");
	}

	@Command(name = "add", mixinStandardHelpOptions = true, header = "Add an account; the password is read from standard input.",
			description = { "Examples:", "  scorecards users add --email fp@xaa.example --role focal-point --country XAA",
					"  scorecards users add --email analyst@secretariat.example --role secretariat" })
	static class Add implements Callable<Integer> {

		@Option(names = "--email", required = true, description = "The account's e-mail address (its login).")
		String email;

		@Option(names = "--role", required = true, description = "focal-point or secretariat.")
		String role;

		@Option(names = "--country", paramLabel = "ISO3", description = "The country of a focal point.")
		String country;

		@Mixin
		StateOptions state;

		@Override
		public Integer call() throws IOException {
			Role parsed = Role.parse(role);
			String password = password();
			try (ConfigurableApplicationContext context = PortalContexts.start(state, Map.of(), false)) {
				Account account = context.getBean(Accounts.class).add(email, password, parsed, country, operator());
				System.out.printf("added %s (%s%s)%n", account.email(), account.role().label(),
						account.country() == null ? "" : ", " + account.country());
			}
			return ExitCodes.OK;
		}

		/** From the terminal without echo, or the first line of standard input (scripts). */
		private static String password() throws IOException {
			Console console = System.console();
			if (console != null) {
				char[] typed = console.readPassword("password for the new account: ");
				return typed == null ? "" : new String(typed);
			}
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (line == null) {
				throw new IllegalArgumentException("no password on standard input");
			}
			return line;
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true, header = "List the accounts.")
	static class ListUsers implements Callable<Integer> {

		@Mixin
		StateOptions state;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = PortalContexts.start(state, Map.of(), false)) {
				for (Account account : context.getBean(Accounts.class).list()) {
					System.out.printf("%-40s %-12s %-4s %s%n", account.email(), account.role().label(),
							account.country() == null ? "" : account.country(), account.enabled() ? "enabled" : "disabled");
				}
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "disable", mixinStandardHelpOptions = true, header = "Disable an account: it can no longer sign in.")
	static class Disable implements Callable<Integer> {

		@Option(names = "--email", required = true, description = "The account to disable.")
		String email;

		@Mixin
		StateOptions state;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = PortalContexts.start(state, Map.of(), false)) {
				context.getBean(Accounts.class).disable(email, operator());
				System.out.printf("disabled %s%n", email);
			}
			return ExitCodes.OK;
		}
	}
}
