package org.scorecards.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import org.scorecards.intake.InputTree;
import org.scorecards.validation.RuleCatalogue;

@Command(name = "serve", mixinStandardHelpOptions = true, header = "Start the portal: focal points submit, the secretariat follows the cycle.",
		description = { "Starts the web portal on the same engine. Accounts and cycles are made with the users and",
				"cycle commands (before or while it runs). Uploads are kept, every version, under --state and the",
				"latest of each country is placed in --input, where run finds it. Stops on Ctrl-C.",
				"Exit 2: usage; 3: failure." })
class ServeCommand implements Callable<Integer> {

	@Option(names = "--port", defaultValue = "8080", description = "HTTP port. Default: ${DEFAULT-VALUE}.")
	int port;

	@Option(names = "--input", defaultValue = "input", paramLabel = "DIR",
			description = "Input tree: reference data, and where the latest submissions are placed. Default: ${DEFAULT-VALUE}.")
	Path input;

	@Option(names = "--output", defaultValue = "output", paramLabel = "DIR",
			description = "Output tree. Default: ${DEFAULT-VALUE}.")
	Path output;

	@Option(names = "--templates", defaultValue = "templates", paramLabel = "DIR",
			description = "Report templates, for the runs started from the desk. Default: ${DEFAULT-VALUE}.")
	Path templates;

	@Option(names = "--insecure-cookies", description = "Send the session cookie over plain HTTP too (a test machine without TLS).")
	boolean insecureCookies;

	@Mixin
	StateOptions state;

	@Override
	public Integer call() throws InterruptedException {
		InputTree tree = new InputTree(input);
		if (!Files.isRegularFile(tree.countries())) {
			throw new IllegalArgumentException("no input tree at " + input + ": expected reference/countries.csv there (give --input DIR)");
		}
		// Uploads are refused by the server while they stream, before they are stored, above the catalogue's limits.
		RuleCatalogue catalogue = RuleCatalogue.bundled();
		long workbook = catalogue.parameter("max_workbook_megabytes").longValue();
		long csv = catalogue.parameter("max_csv_megabytes").longValue();
		Map<String, Object> settings = Map.of("server.port", port, "scorecards.templates", templates.toAbsolutePath().toString(), "scorecards.input",
				input.toAbsolutePath().toString(), "scorecards.output", output.toAbsolutePath().toString(),
				"server.servlet.session.cookie.secure", !insecureCookies, "server.servlet.session.cookie.http-only", true,
				"server.servlet.session.cookie.same-site", "strict", "server.servlet.session.timeout", "30m",
				"spring.servlet.multipart.max-file-size", Math.max(workbook, csv) + "MB",
				"spring.servlet.multipart.max-request-size", (workbook + 4 * csv) + "MB");
		ConfigurableApplicationContext context = PortalContexts.start(state, settings, true);
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				closed.countDown();
			}
		});
		context.registerShutdownHook();
		System.out.printf("portal: http://localhost:%d/ (state in %s; Ctrl-C stops it)%n", port, state.state);
		closed.await();
		return ExitCodes.OK;
	}
}
