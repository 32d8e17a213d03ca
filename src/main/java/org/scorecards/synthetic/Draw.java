package org.scorecards.synthetic;

import java.util.List;
import java.util.Random;

/** Small random draws shared by the writers. */
final class Draw {

	private Draw() {
	}

	static double between(Random random, double low, double high) {
		return low + (high - low) * random.nextDouble();
	}

	/** An int from {@code low} to {@code high}, both included. */
	static int between(Random random, int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	static boolean chance(Random random, double probability) {
		return random.nextDouble() < probability;
	}

	static <T> T any(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** {@code mean} plus Gaussian noise, clipped to 0..1. */
	static double noisy(Random random, double mean, double deviation) {
		return clamp01(mean + deviation * random.nextGaussian());
	}

	static double clamp01(double value) {
		return Math.max(0, Math.min(1, value));
	}

	/** {@code number} left-padded with zeros to {@code width} digits; faster than {@code String.format}. */
	static String pad(long number, int width) {
		String digits = Long.toString(number);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}
}
