package org.scorecards.cycle;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import org.scorecards.FeedbackTree;
import org.scorecards.OutputTree;
import org.scorecards.intake.InputTree;
import org.scorecards.language.Language;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.Country;

/**
 * What a cycle run works on, carried as job parameters so that a restart sees exactly the same.
 *
 * @param country one ISO3 code to (re-)process, or {@code null} for every country of the year
 * @param methodology a bundled methodology's name ({@code v1}), a methodology file, or {@code null} for the
 * bundled default
 * @param rules a validation rule catalogue, or {@code null} for the bundled {@code rules.yaml}
 * @param asOf the generation date printed on every output
 * @param draft the documents are drafts (a run from the portal before publication): watermarked DRAFT
 * @param state the state folder: the run's work files (never inside {@code output}, which is published)
 * @param feedback the private tree of what goes back to focal points: validation workbooks, findings with the
 * values seen, record counts. Never published.
 * @param draws draws of the robustness analysis, or {@code null} for the methodology file's
 * @param seed seed of the robustness analysis, or {@code null} for the methodology file's
 * @param language the one language every document is published in ({@code --lang}), or {@code null} for each
 * country's own ({@code countries.csv}) and the summary in every language the cycle's countries use
 * @param publication the record of the version this run publishes ({@link Publication#write}), from the portal;
 * {@code null} for a run that publishes no version (a draft, or the command line's)
 */
public record CycleParameters(int year, Path input, Path output, String country, String methodology, Path rules,
		Path templates, LocalDate asOf, int workers, int suppressionThreshold, boolean draft, Path state,
		Path feedback, Integer draws, Long seed, Language language, Path publication) {

	/** Parameters in {@code language} (or each country's own) of a run that publishes no version. */
	public CycleParameters(int year, Path input, Path output, String country, String methodology, Path rules,
			Path templates, LocalDate asOf, int workers, int suppressionThreshold, boolean draft, Path state,
			Path feedback, Integer draws, Long seed, Language language) {
		this(year, input, output, country, methodology, rules, templates, asOf, workers, suppressionThreshold, draft,
				state, feedback, draws, seed, language, null);
	}

	/** Parameters in each country's own language of a run that publishes {@code publication}. */
	public CycleParameters(int year, Path input, Path output, String country, String methodology, Path rules,
			Path templates, LocalDate asOf, int workers, int suppressionThreshold, boolean draft, Path state,
			Path feedback, Integer draws, Long seed, Path publication) {
		this(year, input, output, country, methodology, rules, templates, asOf, workers, suppressionThreshold, draft,
				state, feedback, draws, seed, null, publication);
	}

	/** Parameters in each country's own language of a run that publishes no version. */
	public CycleParameters(int year, Path input, Path output, String country, String methodology, Path rules,
			Path templates, LocalDate asOf, int workers, int suppressionThreshold, boolean draft, Path state,
			Path feedback, Integer draws, Long seed) {
		this(year, input, output, country, methodology, rules, templates, asOf, workers, suppressionThreshold, draft,
				state, feedback, draws, seed, (Language) null);
	}

	/** Parameters with the methodology file's robustness draws and seed. */
	public CycleParameters(int year, Path input, Path output, String country, String methodology, Path rules,
			Path templates, LocalDate asOf, int workers, int suppressionThreshold, boolean draft, Path state,
			Path feedback) {
		this(year, input, output, country, methodology, rules, templates, asOf, workers, suppressionThreshold, draft,
				state, feedback, null, null);
	}

	/** A run whose state and feedback folders sit beside the output folder ({@code state/}, {@code feedback/}). */
	public CycleParameters(int year, Path input, Path output, String country, String methodology, Path rules,
			Path templates, LocalDate asOf, int workers, int suppressionThreshold, boolean draft) {
		this(year, input, output, country, methodology, rules, templates, asOf, workers, suppressionThreshold, draft,
				besideOutput(output, "state"), besideOutput(output, "feedback"));
	}

	/** A run whose documents are final (the command line's): no DRAFT watermark. */
	public CycleParameters(int year, Path input, Path output, String country, String methodology, Path rules,
			Path templates, LocalDate asOf, int workers, int suppressionThreshold) {
		this(year, input, output, country, methodology, rules, templates, asOf, workers, suppressionThreshold, false);
	}

	/** {@code output} gives {@code state}, {@code /srv/cycle/output} gives {@code /srv/cycle/state}. */
	public static Path besideOutput(Path output, String name) {
		Path parent = output.normalize().getParent();
		return parent == null ? Path.of(name) : parent.resolve(name);
	}

	/**
	 * Job parameters of one attempt: the same command gives the same parameters, so a failed or killed
	 * attempt is found again and restarted; a completed one is followed by the next attempt.
	 */
	public JobParameters toJobParameters(long attempt) {
		JobParametersBuilder builder = new JobParametersBuilder().addLong("year", (long) year)
			.addString("input", input.toAbsolutePath().normalize().toString())
			.addString("output", output.toAbsolutePath().normalize().toString())
			.addString("country", country == null ? "" : country)
			.addString("methodology", methodology == null ? ""
					: MethodologyLoader.isBundledName(methodology) ? methodology
							: Path.of(methodology).toAbsolutePath().normalize().toString())
			.addString("rules", rules == null ? "" : rules.toAbsolutePath().normalize().toString())
			.addString("templates", templates.toAbsolutePath().normalize().toString())
			.addString("asOf", asOf.toString())
			.addLong("workers", (long) workers, false)
			.addLong("suppressionThreshold", (long) suppressionThreshold)
			.addString("draft", Boolean.toString(draft))
			.addString("state", state.toAbsolutePath().normalize().toString())
			.addString("feedback", feedback.toAbsolutePath().normalize().toString())
			.addString("draws", draws == null ? "" : draws.toString())
			.addString("seed", seed == null ? "" : seed.toString())
			.addLong("attempt", attempt);
		if (language != null) {
			builder.addString("lang", language.tag());
		}
		if (publication != null) {
			// Only then: the runs of the command line keep the identity they had before publications existed.
			builder.addString("publication", publication.toAbsolutePath().normalize().toString());
		}
		return builder.toJobParameters();
	}

	public static CycleParameters from(JobParameters parameters) {
		String country = parameters.getString("country");
		String methodology = parameters.getString("methodology");
		String rules = parameters.getString("rules");
		Path output = Path.of(parameters.getString("output"));
		String state = parameters.getString("state");
		String feedback = parameters.getString("feedback");
		String publication = parameters.getString("publication");
		return new CycleParameters(parameters.getLong("year").intValue(), Path.of(parameters.getString("input")),
				output, country == null || country.isEmpty() ? null : country,
				methodology == null || methodology.isEmpty() ? null : methodology,
				rules == null || rules.isEmpty() ? null : Path.of(rules),
				Path.of(parameters.getString("templates")), LocalDate.parse(parameters.getString("asOf")),
				parameters.getLong("workers").intValue(), parameters.getLong("suppressionThreshold").intValue(),
				"true".equals(parameters.getString("draft")),
				state == null ? besideOutput(output, "state") : Path.of(state),
				feedback == null ? besideOutput(output, "feedback") : Path.of(feedback),
				optional(parameters.getString("draws"), Integer::valueOf), optional(parameters.getString("seed"), Long::valueOf),
				optional(parameters.getString("lang"), Language::of), optional(publication, Path::of));
	}

	/** Job parameters of runs started before draws, seed or publication were parameters have none. */
	private static <T> T optional(String value, java.util.function.Function<String, T> parse) {
		return value == null || value.isEmpty() ? null : parse.apply(value);
	}

	/** The robustness analysis's draws: the command line's, else the methodology file's. */
	public int drawsOr(int fromMethodology) {
		return draws == null ? fromMethodology : draws;
	}

	/** The robustness analysis's seed: the command line's, else the methodology file's. */
	public long seedOr(long fromMethodology) {
		return seed == null ? fromMethodology : seed;
	}

	/** The language of a country's documents: {@code --lang}, else the country's own. */
	public Language languageOf(Country country) {
		return language == null ? country.language() : language;
	}

	/**
	 * The languages the cycle's documents (summary, robustness) are published in: {@code --lang} alone, else
	 * English, the working language every cycle has, and each language a country of the cycle is published in.
	 */
	public java.util.SortedSet<Language> summaryLanguages(java.util.Collection<Country> countries) {
		java.util.SortedSet<Language> languages = new java.util.TreeSet<>();
		if (language != null) {
			languages.add(language);
			return languages;
		}
		languages.add(Language.EN);
		countries.forEach(country -> languages.add(country.language()));
		return languages;
	}

	public InputTree inputTree() {
		return new InputTree(input);
	}

	public OutputTree outputTree() {
		return new OutputTree(output);
	}

	public FeedbackTree feedbackTree() {
		return new FeedbackTree(feedback);
	}

	/** Synthetic demo data carry a note at the top of the input tree. */
	public boolean synthetic() {
		return inputTree().synthetic();
	}
}
