package org.scorecards.cycle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.rendering.CycleReport;
import org.scorecards.validation.Finding;
import org.scorecards.validation.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTablesTest {

	@Test
	void textThatASpreadsheetWouldRunIsWrittenDefused() throws Exception {
		CycleReport cycle = new CycleReport(2025, List.of(), Map.of(), MethodologyLoader.bundled(),
				LocalDate.of(2026, 3, 1), false);
		List<Finding> findings = List.of(
				new Finding("XAA", Severity.ERROR, "victims.csv", "line 2", "code.allowed", "=cmd|' /C calc'!A0", "m"),
				new Finding("XAA", Severity.ERROR, "victims.csv", "line 3", "code.allowed", "+1+1", "m"),
				new Finding("XAA", Severity.ERROR, "victims.csv", "line 4", "code.allowed", "@SUM(1)", "-m"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		SummaryTables.findings(cycle, findings, out);

		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1)).containsExactly(
				"XAA,error,victims.csv,line 2,code.allowed,'=cmd|' /C calc'!A0,m",
				"XAA,error,victims.csv,line 3,code.allowed,'+1+1,m",
				"XAA,error,victims.csv,line 4,code.allowed,'@SUM(1),'-m");
	}
}
