package org.scorecards.synthetic;

import java.util.Random;

/**
 * Codes drawn with fixed relative weights, written as {@code "female:60 male:34 other:1 unknown:5"} so the
 * distribution reads at a glance. Order is kept, so draws are reproducible.
 */
final class Weighted {

	private final String[] codes;

	private final double[] cumulative;

	private Weighted(String[] codes, double[] cumulative) {
		this.codes = codes;
		this.cumulative = cumulative;
	}

	static Weighted parse(String spec) {
		String[] parts = spec.trim().split("\\s+");
		String[] codes = new String[parts.length];
		double[] cumulative = new double[parts.length];
		double total = 0;
		for (int i = 0; i < parts.length; i++) {
			int colon = parts[i].lastIndexOf(':');
			if (colon < 1) {
				throw new IllegalArgumentException("(part %d) '%s' has no weight, expected code:weight in '%s'"
					.formatted(i + 1, parts[i], spec));
			}
			codes[i] = parts[i].substring(0, colon);
			total += Double.parseDouble(parts[i].substring(colon + 1));
			cumulative[i] = total;
		}
		for (int i = 0; i < parts.length; i++) {
			cumulative[i] /= total;
		}
		return new Weighted(codes, cumulative);
	}

	String pick(Random random) {
		double u = random.nextDouble();
		for (int i = 0; i < cumulative.length - 1; i++) {
			if (u < cumulative[i]) {
				return codes[i];
			}
		}
		return codes[codes.length - 1];
	}
}
