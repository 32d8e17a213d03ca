package org.scorecards.scoring;

import java.util.Arrays;

/**
 * First-order and total Sobol' indices of several outputs over groups of inputs, from the radial design of
 * Saltelli et al. (2010): per base draw the outputs at A, at B and at each A_B^g (A with group g taken from
 * B). First order: Saltelli 2010, {@code mean(f(B) (f(A_B^g) - f(A))) / V}; total: Jansen 1999,
 * {@code mean((f(A) - f(A_B^g))^2) / 2V}; V is the variance over the A and B draws together. Only sums are
 * kept, so memory does not grow with the number of draws.
 */
final class SobolEstimator {

	private final int outputs;

	private final int groups;

	private long draws;

	/** Sums of f(A) and f(B) and their squares, shifted by a typical value given up front, for a stable variance. */
	private final double[] shift;

	private final double[] sum;

	private final double[] sumSquares;

	private final double[] first;

	private final double[] total;

	SobolEstimator(int outputs, int groups) {
		this(outputs, groups, new double[outputs]);
	}

	/** @param shift per output a value near its mean (e.g. its nominal value); estimators of equal shifts merge */
	SobolEstimator(int outputs, int groups, double[] shift) {
		this.outputs = outputs;
		this.groups = groups;
		this.shift = shift.clone();
		this.sum = new double[outputs];
		this.sumSquares = new double[outputs];
		this.first = new double[outputs * groups];
		this.total = new double[outputs * groups];
	}

	/**
	 * Adds one base draw of one output; call {@link #next()} once after all outputs of the draw.
	 *
	 * @param ab the output at A_B^g for each group g
	 */
	void add(int output, double a, double b, double[] ab) {
		double sa = a - shift[output];
		double sb = b - shift[output];
		sum[output] += sa + sb;
		sumSquares[output] += sa * sa + sb * sb;
		for (int g = 0; g < groups; g++) {
			double d = ab[g] - a;
			first[output * groups + g] += sb * d; // centred: same expectation, less noise
			total[output * groups + g] += d * d;
		}
	}

	void next() {
		draws++;
	}

	/** Adds the draws of another estimator of the same outputs, groups and shifts. */
	void merge(SobolEstimator other) {
		if (other.outputs != outputs || other.groups != groups || !Arrays.equals(other.shift, shift)) {
			throw new IllegalArgumentException("Only estimators of the same outputs, groups and shifts merge");
		}
		draws += other.draws;
		for (int i = 0; i < sum.length; i++) {
			sum[i] += other.sum[i];
			sumSquares[i] += other.sumSquares[i];
		}
		for (int i = 0; i < first.length; i++) {
			first[i] += other.first[i];
			total[i] += other.total[i];
		}
	}

	long draws() {
		return draws;
	}

	int outputs() {
		return outputs;
	}

	/** The variance of the output over the A and B draws (denominator 2N - 1). */
	double variance(int output) {
		long n = 2 * draws;
		if (n < 2) {
			return 0;
		}
		double mean = sum[output] / n;
		return Math.max(0, (sumSquares[output] - n * mean * mean) / (n - 1));
	}

	/** {@code NaN} when the output does not vary: no share of nothing to apportion. */
	double first(int output, int group) {
		double v = variance(output);
		return v <= 0 ? Double.NaN : first[output * groups + group] / draws / v;
	}

	double total(int output, int group) {
		double v = variance(output);
		return v <= 0 ? Double.NaN : total[output * groups + group] / (2.0 * draws) / v;
	}
}
