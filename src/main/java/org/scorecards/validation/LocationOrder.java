package org.scorecards.validation;

/** Sorts {@code line 9} before {@code line 10} and {@code C9} before {@code C10}. */
final class LocationOrder {

	private LocationOrder() {
	}

	static String key(String location) {
		StringBuilder key = new StringBuilder();
		StringBuilder digits = new StringBuilder();
		for (char c : location.toCharArray()) {
			if (Character.isDigit(c)) {
				digits.append(c);
				continue;
			}
			flush(key, digits);
			key.append(c);
		}
		flush(key, digits);
		return key.toString();
	}

	private static void flush(StringBuilder key, StringBuilder digits) {
		if (!digits.isEmpty()) {
			key.append(String.format("%012d", Long.parseLong(digits.length() > 12 ? digits.substring(0, 12) : digits.toString())));
			digits.setLength(0);
		}
	}
}
