package org.scorecards.synthetic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-packs a zip (an xlsx) with every entry stamped with one fixed local time. POI stamps entries with the
 * clock, so without this two generations of the same workbook would differ in bytes and in checksum.
 */
public final class StableZip {

	private StableZip() {
	}

	static void write(byte[] zip, Path target, LocalDateTime time) throws IOException {
		try (OutputStream file = Files.newOutputStream(target)) {
			write(zip, file, time);
		}
	}

	/** Writes the re-packed zip to {@code target}, which stays open: the caller owns it. */
	public static void write(byte[] zip, OutputStream target, LocalDateTime time) throws IOException {
		ZipOutputStream out = new ZipOutputStream(target);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				ZipEntry copy = new ZipEntry(entry.getName());
				// Local time, not an instant: the bytes must not depend on the machine's time zone.
				copy.setTimeLocal(time);
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		out.finish();
		out.flush();
	}
}
