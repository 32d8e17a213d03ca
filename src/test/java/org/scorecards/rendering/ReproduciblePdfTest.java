package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
}
