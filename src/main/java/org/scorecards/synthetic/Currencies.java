package org.scorecards.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Annual average exchange rates of the real ISO 4217 currencies the fictional countries use: a plausible
 * 2020 level, a yearly drift (steady depreciation for some) and a little noise per year.
 */
final class Currencies {

	private record Currency(double basePerUsd, double yearlyDrift, double volatility) {
	}

	private static final Map<String, Currency> CURRENCIES = new TreeMap<>(Map.ofEntries(
			Map.entry("USD", new Currency(1, 0, 0)), Map.entry("EUR", new Currency(0.88, 0.005, 0.04)),
			Map.entry("GBP", new Currency(0.78, 0.003, 0.04)), Map.entry("CHF", new Currency(0.94, -0.01, 0.03)),
			Map.entry("NOK", new Currency(9.4, 0.02, 0.05)), Map.entry("SEK", new Currency(9.2, 0.02, 0.05)),
			Map.entry("DKK", new Currency(6.5, 0.005, 0.04)), Map.entry("PLN", new Currency(3.9, 0.01, 0.05)),
			Map.entry("CZK", new Currency(23.2, 0.0, 0.05)), Map.entry("HUF", new Currency(308, 0.03, 0.06)),
			Map.entry("RON", new Currency(4.24, 0.02, 0.04)), Map.entry("TRY", new Currency(7.0, 0.35, 0.08)),
			Map.entry("JPY", new Currency(107, 0.07, 0.05)), Map.entry("INR", new Currency(74, 0.03, 0.03)),
			Map.entry("BRL", new Currency(5.15, 0.02, 0.08)), Map.entry("ZAR", new Currency(16.5, 0.04, 0.07)),
			Map.entry("KES", new Currency(106, 0.06, 0.04)), Map.entry("NGN", new Currency(358, 0.25, 0.08)),
			Map.entry("XOF", new Currency(575, 0.005, 0.04))));

	private Currencies() {
	}

	/** Units per 1 USD, four decimals; exactly 1 for USD. */
	static BigDecimal perUsd(String code, int year, long seed) {
		Currency currency = CURRENCIES.get(code);
		if (currency == null) {
			throw new IllegalArgumentException("Currency %s has no rate, expected one of %s"
				.formatted(code, CURRENCIES.keySet()));
		}
		if (currency.volatility() == 0) {
			return BigDecimal.ONE;
		}
		Random random = Seeds.random(seed, code, year, "exchange-rate");
		double rate = currency.basePerUsd() * Math.pow(1 + currency.yearlyDrift(), year - FictionalCountry.BASE_YEAR)
				* Math.exp(currency.volatility() * random.nextGaussian());
		return BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP);
	}
}
