package org.scorecards.methodology;

/** One row of the workbook's Indicators sheet; {@code type} is {@code answer} or {@code count}. */
public record WorkbookItem(String code, String label, String unit, String type) {

	public boolean isAnswer() {
		return "answer".equals(type);
	}
}
