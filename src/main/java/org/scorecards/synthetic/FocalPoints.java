package org.scorecards.synthetic;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The fictional person who submits a country's workbook, the same in every year, with an address that cannot be mailed. */
final class FocalPoints {

	record FocalPoint(String name, String email) {
	}

	private static final List<String> GIVEN = List.of("Amélie", "Jörg", "Inês", "Søren", "Łukasz", "Zoë", "Nnamdi",
			"Aïcha", "Mateo", "Björk", "Ngozi", "Élodie", "Tomás", "Ayşe", "Raúl", "Siobhán", "Dāvis", "Nikolaï");

	private static final List<String> FAMILY = List.of("Durand", "Halvorsen", "Gonçalves", "Kjærgaard", "Wróbel",
			"Ní Bhriain", "Okonkwo", "Benali", "Ibáñez", "Sigurðardóttir", "Adeyemi", "Lefèvre", "Ó Súilleabháin",
			"Yılmaz", "Müller", "Østergaard", "Bērziņš", "D'Amico");

	private FocalPoints() {
	}

	static FocalPoint of(FictionalCountry country, long seed) {
		Random random = Seeds.random(seed, country.iso3(), 0, "focal-point");
		String given = Draw.any(random, GIVEN);
		String family = Draw.any(random, FAMILY);
		// RFC 2606 reserves .example, so no synthetic address can reach a real mailbox.
		String email = ascii(given) + "." + ascii(family) + "@antitrafficking." + country.iso3().toLowerCase(Locale.ROOT)
				+ ".example";
		return new FocalPoint(given + " " + family, email);
	}

	/** Lower-case ASCII letters only: accents dropped, letters with no decomposition spelt out. */
	static String ascii(String name) {
		String spelt = name.toLowerCase(Locale.ROOT)
			.replace("ø", "o")
			.replace("æ", "ae")
			.replace("ł", "l")
			.replace("ð", "d")
			.replace("þ", "th")
			.replace("ß", "ss")
			.replace("ı", "i");
		return Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("[^a-z]", "");
	}
}
