package org.scorecards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * SHA-256 of bytes and files, as lower-case hex. Every whole file hashed is remembered for the rest of the process
 * with its size, time and identity (inode), so that the manifest can reuse the hash the intake took of the very
 * same file ({@link #known}) instead of reading the inputs a second time; {@link #sha256(Path)} itself always
 * reads the file.
 */
public final class Checksums {

	/** Files remembered at most: beyond, all are forgotten (a long-running server sees many submissions). */
	private static final int REMEMBERED = 100_000;

	private record Seen(Object identity, long size, long modifiedNanos, String sha256) {
	}

	private static final Map<Path, Seen> SEEN = new ConcurrentHashMap<>();

	private Checksums() {
	}

	public static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(newSha256().digest(bytes));
	}

	public static String sha256(Path file) {
		BasicFileAttributes before = attributes(file);
		String sha256 = read(file);
		remember(file, before, sha256);
		return sha256;
	}

	/**
	 * Remembers the hash of a whole file taken while reading it for something else.
	 *
	 * @param before the file's attributes before it was read: the hash is remembered only if they still hold
	 */
	public static void remember(Path file, BasicFileAttributes before, String sha256) {
		BasicFileAttributes after = attributes(file);
		if (before == null || after == null || !Objects.equals(seen(before, sha256), seen(after, sha256))) {
			return;
		}
		if (SEEN.size() >= REMEMBERED) {
			SEEN.clear();
		}
		SEEN.put(file.toAbsolutePath().normalize(), seen(after, sha256));
	}

	/** The hash of the file taken earlier in this process, while it still has that size, time and inode; else null. */
	public static String known(Path file) {
		Seen seen = SEEN.get(file.toAbsolutePath().normalize());
		BasicFileAttributes now = seen == null ? null : attributes(file);
		return now != null && seen.equals(seen(now, seen.sha256())) ? seen.sha256() : null;
	}

	/** The attributes of a file, or {@code null} when they cannot be read. */
	public static BasicFileAttributes attributes(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static Seen seen(BasicFileAttributes attributes, String sha256) {
		return new Seen(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
				sha256);
	}

	private static String read(Path file) {
		MessageDigest digest = newSha256();
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** A fresh SHA-256 digest, for hashing what is streamed rather than held. */
	public static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
