package org.scorecards.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-packs a zip (an xlsx) with every entry stamped with one fixed local time. POI stamps entries with the
 * clock, so without this two writes of the same workbook would differ in bytes and in checksum.
 * <p>
 * POI 5.4's own {@code Reproducibility} is not used: it is one process-wide flag that
 * {@code runWithSourceDateEpoch} sets and resets around each write, so two countries written at once on two
 * workers race (one write resets the flag while the other is still zipping), and it pins entries to 1980
 * rather than to the generation date the documents print.
 */
public final class StableZip {

	private StableZip() {
	}

	@FunctionalInterface
	public interface ZipWriter {

		void write(OutputStream out) throws IOException;

	}

	/** Runs {@code writer} into memory, then copies its zip to {@code out} with every entry at {@code time}. */
	public static void write(ZipWriter writer, OutputStream out, LocalDateTime time) throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream(64 * 1024);
		writer.write(zip);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()));
				ZipOutputStream stable = new ZipOutputStream(new NonClosing(out))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				ZipEntry copy = new ZipEntry(entry.getName());
				// Local time, not an instant: the bytes must not depend on the machine's time zone.
				copy.setTimeLocal(time);
				stable.putNextEntry(copy);
				in.transferTo(stable);
				stable.closeEntry();
			}
		}
	}

	/** The caller owns the stream it passed in. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}
}
