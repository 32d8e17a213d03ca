package org.scorecards.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

import org.scorecards.Checksums;

/**
 * What a spreadsheet export really is: UTF-8 (with or without BOM) or Windows-1252, comma or semicolon
 * separated. Detected rather than assumed, so a file is never mis-read silently.
 */
record CsvDialect(Charset charset, char separator, boolean bom, String sha256) {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * @param withChecksum whether to take the SHA-256 in the same pass; without it {@code sha256} is
	 * {@code null} and the caller takes it, e.g. on another thread while a large file is parsed
	 */
	static CsvDialect detect(Path file, boolean withChecksum) throws IOException {
		boolean bom;
		try (BOMInputStream in = BOMInputStream.builder().setPath(file).setByteOrderMarks(ByteOrderMark.UTF_8).get()) {
			bom = in.hasBOM();
		}
		MessageDigest digest = withChecksum ? Checksums.newSha256() : null;
		BasicFileAttributes before = Checksums.attributes(file);
		Charset charset = isUtf8(file, digest) ? StandardCharsets.UTF_8 : WINDOWS_1252;
		String sha256 = digest == null ? null : HexFormat.of().formatHex(digest.digest());
		if (sha256 != null) {
			Checksums.remember(file, before, sha256);
		}
		String header;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), charset))) {
			header = reader.readLine();
		}
		char separator = header != null && header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
		return new CsvDialect(charset, separator, bom, sha256);
	}

	static InputStream open(Path file) throws IOException {
		return BOMInputStream.builder().setPath(file).setByteOrderMarks(ByteOrderMark.UTF_8).get();
	}

	/**
	 * Streams the whole file through a strict decoder (a single invalid byte sequence means "not UTF-8") and,
	 * in the same pass, through the SHA-256 the manifest records (when {@code digest} is given): a file is read
	 * once for both.
	 */
	private static boolean isUtf8(Path file, MessageDigest digest) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		boolean valid = true;
		try (InputStream in = Files.newInputStream(file)) {
			int n;
			while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
				if (digest != null) {
					digest.update(bytes.array(), bytes.position(), n);
				}
				if (!valid && digest == null) {
					break;
				}
				if (!valid) {
					continue;
				}
				bytes.position(bytes.position() + n);
				bytes.flip();
				valid = !decoder.decode(bytes, chars, false).isError();
				chars.clear();
				bytes.compact();
			}
			if (valid) {
				bytes.flip();
				valid = !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
			}
			return valid;
		}
	}
}
