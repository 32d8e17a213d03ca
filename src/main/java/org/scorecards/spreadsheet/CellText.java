package org.scorecards.spreadsheet;

/**
 * Text for a spreadsheet cell that a spreadsheet program must never run: a leading {@code = + - @} (or tab
 * or carriage return) would make it read the text as a formula, so such text gets a leading quote mark, as
 * OWASP advises against CSV and formula injection.
 */
public final class CellText {

	private CellText() {
	}

	public static String defused(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}
}
