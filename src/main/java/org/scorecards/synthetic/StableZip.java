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
final class StableZip {

	private StableZip() {
	}

	static void write(byte[] zip, Path target, LocalDateTime time) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				OutputStream file = Files.newOutputStream(target);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				ZipEntry copy = new ZipEntry(entry.getName());
				// Local time, not an instant: the bytes must not depend on the machine's time zone.
				copy.setTimeLocal(time);
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
	}
}
