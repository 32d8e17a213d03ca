package org.scorecards.submission;

/** What an account may do: a focal point submits for one country; the secretariat runs the cycle. */
public enum Role {

	FOCAL_POINT, SECRETARIAT;

	/** As the command line writes it: {@code focal-point}, {@code secretariat}. */
	public static Role parse(String text) {
		return switch (text == null ? "" : text.toLowerCase(java.util.Locale.ROOT)) {
			case "focal-point", "focal_point" -> FOCAL_POINT;
			case "secretariat" -> SECRETARIAT;
			default -> throw new IllegalArgumentException("--role must be focal-point or secretariat, not '" + text + "'");
		};
	}

	public String label() {
		return this == FOCAL_POINT ? "focal-point" : "secretariat";
	}
}
