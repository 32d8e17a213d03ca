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

	/**
	 * The standard normal quantile (inverse CDF) of {@code p} in (0, 1), by P. J. Acklam's rational
	 * approximation (relative error below 1.2e-9). {@link StrictMath} keeps it the same on every machine.
	 */
	static double normalQuantile(double p) {
		if (!(p > 0 && p < 1)) {
			throw new IllegalArgumentException("p is " + p + ", expected 0 < p < 1");
		}
		double[] a = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
				-3.066479806614716e+01, 2.506628277459239e+00 };
		double[] b = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
				-1.328068155288572e+01 };
		double[] c = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
				4.374664141464968e+00, 2.938163982698783e+00 };
		double[] d = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };
		double low = 0.02425;
		if (p < low || p > 1 - low) {
			double q = StrictMath.sqrt(-2 * StrictMath.log(p < low ? p : 1 - p));
			double x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
					/ ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
			return p < low ? x : -x;
		}
		double q = p - 0.5;
		double r = q * q;
		return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
				/ (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
	}
}
