package org.scorecards.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks, before Spring and its log start, that a folder the command writes to can be made and written: a
 * folder that cannot (under {@code /proc}, read-only, a file in the way) used to end in 180 lines of the
 * logging library's stack traces instead of one sentence.
 */
final class WritableFolder {

	private WritableFolder() {
	}

	/** @param option the option that named it, as the person typed it */
	static void check(Path folder, String option) {
		Path dir = folder.toAbsolutePath();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException | SecurityException ex) {
			throw new IllegalArgumentException(option + " " + folder + ": the folder cannot be created (" + reason(ex)
					+ "); give a folder you can write to");
		}
		if (!Files.isWritable(dir)) {
			throw new IllegalArgumentException(option + " " + folder
					+ ": the folder is read-only for this user; give a folder you can write to");
		}
	}

	private static String reason(Exception ex) {
		if (ex instanceof NoSuchFileException) {
			return "its parent cannot hold folders";
		}
		if (ex instanceof AccessDeniedException || ex instanceof SecurityException) {
			return "permission denied";
		}
		if (ex instanceof FileAlreadyExistsException) {
			return "a file of that name is in the way";
		}
		return String.valueOf(ex.getMessage());
	}
}
