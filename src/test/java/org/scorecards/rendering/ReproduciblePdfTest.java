package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ReproduciblePdfTest {

	private static final LocalDate GENERATED_ON = LocalDate.of(2025, 3, 14);

	private static String normalise(String pdf) {
		return new String(ReproduciblePdf.normalise(pdf.getBytes(StandardCharsets.ISO_8859_1), GENERATED_ON),
				StandardCharsets.ISO_8859_1);
	}

	@Test
	void pinsTheXmpCreationDateToTheSameInstantAsTheInfoDictionaryInPlace() {
		String clock = "<< /CreationDate(D:20261202045450+01'00') >> <xmp:CreateDate>2026-12-02T04:54:50+01:00</xmp:CreateDate>"
				+ " <xmp:ModifyDate>2026-12-02T03:54:50.123Z</xmp:ModifyDate>";

		String pinned = normalise(clock);

		assertThat(pinned).hasSameSizeAs(clock)
			.contains("/CreationDate(D:20250314000000Z      )", "<xmp:CreateDate>2025-03-14T00:00:00+00:00<",
					"<xmp:ModifyDate>2025-03-14T00:00:00.000Z<");
	}

	@Test
	void derivesTheIdFromTheContentSoTwoClocksGiveOneDocument() {
		String template = "<xmp:CreateDate>%s</xmp:CreateDate> /ID [<%s> <%s>]";
		String first = template.formatted("2026-12-02T03:54:50Z", "0123456789abcdef", "0123456789abcdef");
		String second = template.formatted("2026-12-02T03:55:01Z", "fedcba9876543210", "fedcba9876543210");

		assertThat(normalise(first)).isEqualTo(normalise(second));
	}

	@Test
	void twoDocumentsOfDifferentContentGetDifferentIds() {
		String template = "(%s) /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]";

		String first = normalise(template.formatted("Scorecard XAA"));
		String second = normalise(template.formatted("Scorecard XAB"));

		Matcher id = Pattern.compile("/ID \\[<([0-9a-f]{32})> <([0-9a-f]{32})>\\]").matcher(first);
		assertThat(id.find()).isTrue();
		assertThat(id.group(1)).isEqualTo(id.group(2)).isNotEqualTo("0123456789abcdef0123456789abcdef");
		assertThat(second).hasSameSizeAs(first).doesNotContain(id.group(1));
	}
}
