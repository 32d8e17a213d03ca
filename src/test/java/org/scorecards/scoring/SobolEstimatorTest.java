package org.scorecards.scoring;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SobolEstimatorTest {

	/** Ishigami and Homma (1990), a = 7, b = 0.1, inputs uniform on [-pi, pi]. */
	private static double ishigami(double[] x) {
		return Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
	}

	@Test
	void estimatesTheKnownIndicesOfTheIshigamiFunction() {
		Well19937c random = new Well19937c(42);
		SobolEstimator sobol = new SobolEstimator(1, 3);
		double[] a = new double[3];
		double[] b = new double[3];
		double[] ab = new double[3];
		double[] mixed = new double[3];
		for (int n = 0; n < 50_000; n++) {
			for (int i = 0; i < 3; i++) {
				a[i] = Math.PI * (2 * random.nextDouble() - 1);
				b[i] = Math.PI * (2 * random.nextDouble() - 1);
			}
			for (int g = 0; g < 3; g++) {
				System.arraycopy(a, 0, mixed, 0, 3);
				mixed[g] = b[g];
				ab[g] = ishigami(mixed);
			}
			sobol.add(0, ishigami(a), ishigami(b), ab);
			sobol.next();
		}
		// analytical values: V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2 = 13.8446
		assertThat(sobol.variance(0)).isCloseTo(13.8446, within(0.3));
		assertThat(sobol.first(0, 0)).isCloseTo(0.3139, within(0.03));
		assertThat(sobol.first(0, 1)).isCloseTo(0.4424, within(0.03));
		assertThat(sobol.first(0, 2)).isCloseTo(0.0, within(0.03));
		assertThat(sobol.total(0, 0)).isCloseTo(0.5576, within(0.03));
		assertThat(sobol.total(0, 1)).isCloseTo(0.4424, within(0.03));
		assertThat(sobol.total(0, 2)).isCloseTo(0.2437, within(0.03));
	}

	@Test
	void anOutputThatNeverVariesHasNoIndices() {
		SobolEstimator sobol = new SobolEstimator(1, 2);
		for (int n = 0; n < 10; n++) {
			sobol.add(0, 3, 3, new double[] { 3, 3 });
			sobol.next();
		}
		assertThat(sobol.first(0, 0)).isNaN();
		assertThat(sobol.total(0, 1)).isNaN();
	}

	@Test
	void twoHalvesMergedGiveTheIndicesOfTheWhole() {
		Well19937c random = new Well19937c(7);
		double[] shift = { 2 };
		SobolEstimator whole = new SobolEstimator(1, 2, shift);
		SobolEstimator first = new SobolEstimator(1, 2, shift);
		SobolEstimator second = new SobolEstimator(1, 2, shift);
		for (int n = 0; n < 1_000; n++) {
			double a0 = random.nextDouble();
			double a1 = random.nextDouble();
			double b0 = random.nextDouble();
			double b1 = random.nextDouble();
			double[] ab = { b0 + 2 * a1, a0 + 2 * b1 };
			for (SobolEstimator sobol : new SobolEstimator[] { whole, n < 400 ? first : second }) {
				sobol.add(0, a0 + 2 * a1, b0 + 2 * b1, ab);
				sobol.next();
			}
		}
		first.merge(second);

		assertThat(first.draws()).isEqualTo(1_000);
		assertThat(first.variance(0)).isCloseTo(whole.variance(0), within(1e-12));
		assertThat(first.first(0, 1)).isCloseTo(whole.first(0, 1), within(1e-12));
		assertThat(first.total(0, 0)).isCloseTo(whole.total(0, 0), within(1e-12));
		// f = x0 + 2 x1 with uniform inputs: shares 1/5 and 4/5
		assertThat(first.total(0, 1)).isCloseTo(0.8, within(0.1));
	}
}
