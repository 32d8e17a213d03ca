package org.scorecards.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;

/**
 * Times the robustness analysis alone: {@code countries} synthetic rated countries (indicator values drawn
 * uniformly between the bounds, answers at random, one in ten indicators not reported), {@code draws} draws,
 * after one warm-up run of a tenth of the draws. Prints key=value lines for bench/run.sh.
 *
 *   java -cp ... org.scorecards.scoring.RobustnessTiming [countries=195] [draws=10000] [--prefix=robustness]
 */
public final class RobustnessTiming {

	public static void main(String[] args) {
		int countries = args.length > 0 ? Integer.parseInt(args[0]) : 195;
		int draws = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		String prefix = args.length > 2 ? args[2].replace("--prefix=", "") : "robustness";
		Methodology methodology = MethodologyLoader.bundled();
		CountryScorer scorer = new CountryScorer(methodology);
		Random random = new Random(1);
		List<CountryScore> scores = new ArrayList<>();
		for (int c = 0; c < countries; c++) {
			Map<String, Evidence> evidence = new HashMap<>();
			for (Indicator indicator : methodology.indicators()) {
				if (random.nextInt(10) == 0) {
					continue;
				}
				evidence.put(indicator.code(), switch (indicator.measure()) {
					case ANSWER -> Evidence.answer(List.of("yes", "partial", "no").get(random.nextInt(3)), false);
					case PERCENT -> Evidence.ratio(BigDecimal.valueOf(random.nextInt(101)), BigDecimal.valueOf(100), false);
					case NUMBER -> Evidence.ratio(BigDecimal.valueOf(random.nextDouble()).multiply(indicator.best()), null, false);
					case PER_100K -> Evidence.ratio(BigDecimal.valueOf(random.nextDouble()).multiply(indicator.best()),
							BigDecimal.valueOf(100_000), false);
					case USD_PER_CAPITA -> Evidence.ratio(BigDecimal.valueOf(random.nextDouble()).multiply(indicator.best())
						.multiply(BigDecimal.valueOf(1_000_000)), BigDecimal.valueOf(1_000_000), false);
				});
			}
			scores.add(scorer.score(String.format("X%02d", c), 2025, evidence));
		}
		RobustnessAnalysis analysis = new RobustnessAnalysis(methodology);
		analysis.analyse(scores, Math.max(1, draws / 10), 1);
		long start = System.nanoTime();
		RobustnessResult result = analysis.analyse(scores, draws, 2025);
		double seconds = (System.nanoTime() - start) / 1e9;
		int[] widths = result.intervals().stream().mapToInt(RankInterval::width).sorted().toArray();
		System.out.printf("%s.countries=%d%n%s.draws=%d%n%s.seconds=%.2f%n%s.median_width=%d%n", prefix,
				result.intervals().size(), prefix, draws, prefix, seconds, prefix, widths[widths.length / 2]);
	}
}
