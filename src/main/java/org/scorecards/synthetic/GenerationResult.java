package org.scorecards.synthetic;

/**
 * What a generation wrote: {@code files} counts every file (reference files, note, workbooks and CSV files);
 * {@code records} counts the data rows of the per-country CSV files, headers excluded.
 */
public record GenerationResult(int countries, int years, long files, long records) {
}
