package org.scorecards.rendering;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The JDK's sRGB profile as a file: the PDF/A output intent. JasperReports reads the profile from a path, so it
 * is written once per JVM into the temporary directory, under a name derived from its bytes (two JDKs with
 * different profiles never share a file), by an atomic move (two processes never see half a file).
 */
final class SrgbProfile {

	private static Path path;

	private SrgbProfile() {
	}

	static synchronized Path path() {
		if (path == null) {
			path = write();
		}
		return path;
	}

	private static Path write() {
		byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
		CRC32 crc = new CRC32();
		crc.update(profile);
		Path dir = Path.of(System.getProperty("java.io.tmpdir"));
		Path target = dir.resolve("scorecards-srgb-" + HexFormat.of().toHexDigits((int) crc.getValue()) + ".icc");
		try {
			if (Files.isRegularFile(target) && Files.size(target) == profile.length) {
				return target;
			}
			Path partial = Files.createTempFile(dir, "scorecards-srgb-", ".part");
			Files.write(partial, profile);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the sRGB output intent profile to " + target, ex);
		}
	}
}
