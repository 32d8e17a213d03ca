package org.scorecards;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.scorecards.spreadsheet.StableZip;

/** Outputs appear whole or not at all: written to a temporary file beside the target, then moved. */
public final class AtomicFiles {

	@FunctionalInterface
	public interface Writer {

		void write(OutputStream out) throws IOException;

	}

	private AtomicFiles() {
	}

	/** A workbook with its zip entries stamped at the generation date, so that the same run gives the same bytes. */
	public static void writeWorkbook(Path target, LocalDate generatedOn, Writer writer) {
		write(target, out -> StableZip.write(writer::write, out, generatedOn.atStartOfDay()));
	}

	/** Temporary files a killed run left behind (a kill skips the clean-up): never a published file. */
	public static void removeLeftovers(Path dir) {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith(".")
					&& f.getFileName().toString().endsWith(".part")).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot clean " + dir + ": " + ex.getMessage(), ex);
		}
	}

	/** Temporary files are created private; a published document is readable like any other file. */
	private static void readableByAll(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	public static void write(Path target, Writer writer) {
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
			try {
				try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary))) {
					writer.write(out);
				}
				// Same bytes as published already: leave the file alone, so its date says when it last changed.
				if (Files.isRegularFile(target) && Files.mismatch(temporary, target) == -1) {
					return;
				}
				readableByAll(temporary);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target + ": " + ex.getMessage(), ex);
		}
	}
}
