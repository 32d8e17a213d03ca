package org.scorecards.portal;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.scorecards.submission.Account;
import org.scorecards.submission.Accounts;
import org.scorecards.submission.AuditTrail;
import org.scorecards.submission.Cycles;
import org.scorecards.submission.Role;
import org.scorecards.submission.SubmissionView;
import org.scorecards.submission.Submissions;
import org.scorecards.submission.Upload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's state on a real PostgreSQL server (the throwaway cluster {@code .ci/run} starts): the schema
 * migrates, accounts, cycles, versions, findings and the audit trail go in and come back as on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { PortalFixture.WEB, PortalFixture.FLYWAY })
@EnabledIfEnvironmentVariable(named = "SCORECARDS_TEST_PG_URL", matches = ".+")
class PortalPostgresTest {

	static final Path root = PortalFixture.create("portal-postgres");

	@DynamicPropertySource
	static void portal(DynamicPropertyRegistry registry) {
		PortalFixture.properties(registry, root);
		registry.add("spring.datasource.url", () -> System.getenv("SCORECARDS_TEST_PG_URL"));
		registry.add("spring.datasource.username", () -> System.getenv("SCORECARDS_TEST_PG_USER"));
		registry.add("spring.datasource.password", () -> System.getenv("SCORECARDS_TEST_PG_PASSWORD"));
	}

	@Autowired
	Accounts accounts;

	@Autowired
	Cycles cycles;

	@Autowired
	Submissions submissions;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSubmissionIsKeptWithItsFindingsOnPostgresql() throws Exception {
		assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
		String email = "fp-" + System.nanoTime() + "@xaa.example";
		Account account = accounts.add(email, PortalFixture.PASSWORD, Role.FOCAL_POINT, "XAA", "test");
		int year = 2025;
		if (cycles.find(year).isEmpty()) {
			cycles.open(year, LocalDate.of(2026, 3, 31), "test");
		}
		byte[] victims = Files.readAllBytes(root.resolve("input/2025/XAA/victims.csv"));
		byte[] broken = (new String(victims, java.nio.charset.StandardCharsets.UTF_8) + "V-extra,2025-02-30,female,adult,XAA,sexual,police,yes,not_applicable\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		int before = submissions.versions(year, "XAA").size();

		SubmissionView view = submissions.submit(account, year, "XAA",
				List.of(new Upload("victims.csv", broken.length, () -> new ByteArrayInputStream(broken))));

		assertThat(view.version()).isEqualTo(before + 1);
		assertThat(submissions.latest(year, "XAA").orElseThrow().findings())
			.anySatisfy(f -> assertThat(f.rule()).isEqualTo("date.format"));
		assertThat(view.files()).filteredOn(f -> f.name().equals("victims.csv"))
			.singleElement()
			.satisfies(f -> assertThat(f.read()).isEqualTo(f.accepted() + f.rejected()));
		assertThat(audit.events()).anySatisfy(e -> assertThat(e.actor() + " " + e.action()).isEqualTo(email + " upload"));
	}
}
