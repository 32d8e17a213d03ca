package org.scorecards.reference;

import org.scorecards.language.Language;

/** A country of the cycle; {@code language} is the one its documents are published in. */
public record Country(String iso3, String name, String region, Language language) {

	/** A country published in the working language, English. */
	public Country(String iso3, String name, String region) {
		this(iso3, name, region, Language.EN);
	}
}
