package org.scorecards.submission;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.scorecards.intake.IndicatorWorkbook;

/**
 * The five files of a submission. An upload's role comes from its name, read loosely (a focal point's
 * {@code XAA victims 2025.csv} is the victims file), and the file is stored under the role's name only: a
 * name a browser sent is never part of a path.
 */
public enum SubmittedFile {

	INDICATORS(IndicatorWorkbook.FILE), VICTIMS("victims.csv"), PROSECUTIONS("prosecutions.csv"),
	FUNDING("funding.csv"), TRAINING("training.csv");

	private final String fileName;

	SubmittedFile(String fileName) {
		this.fileName = fileName;
	}

	public String fileName() {
		return fileName;
	}

	private String stem() {
		return fileName.substring(0, fileName.indexOf('.'));
	}

	/** The role of an uploaded file by its name, if exactly one role fits. */
	public static Optional<SubmittedFile> of(String uploadedName) {
		if (uploadedName == null) {
			return Optional.empty();
		}
		String name = uploadedName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		String finalName = name;
		List<SubmittedFile> fitting = List.of(values())
			.stream()
			.filter(f -> finalName.contains(f.stem()))
			.toList();
		return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
	}

	/** What to say when a name fits no role, or several. */
	public static String expected() {
		return "name it indicators.xlsx, victims.csv, prosecutions.csv, funding.csv or training.csv";
	}
}
