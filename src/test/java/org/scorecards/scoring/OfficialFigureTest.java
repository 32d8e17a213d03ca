package org.scorecards.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialFigureTest {

	@ParameterizedTest
	@CsvSource({
			// exact, official (4 decimals half up), one decimal from the official figure
			"72.34996, 72.3500, 72.4", // one rounding of the exact value would print 72.3
			"72.34994999, 72.3499, 72.3", "72.35, 72.3500, 72.4", "72.35005, 72.3501, 72.4",
			"79.99995, 80.0000, 80.0", "79.99994999, 79.9999, 80.0", "0.00005, 0.0001, 0.0",
			"99.99999, 100.0000, 100.0", "64.95, 64.9500, 65.0" })
	void documentsRoundTheOfficialFigureNotTheExactValue(String exact, String official, String oneDecimal) {
		assertThat(OfficialFigure.of(new BigDecimal(exact)).toPlainString()).isEqualTo(official);
		assertThat(OfficialFigure.oneDecimal(new BigDecimal(exact)).toPlainString()).isEqualTo(oneDecimal);
	}
}
