package org.scorecards.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.scorecards.Checksums;

/**
 * SHA-256 of files for the manifest, remembered by size and modification time (as git's index does) so that a
 * run hashes again only the files that changed since the last one: a one-country re-run would otherwise hash
 * every input and output of the year. {@code verify} never uses it and always hashes afresh. Safe to use from
 * several threads: {@link #hashAll} takes the hashes a manifest needs side by side.
 */
final class FileHashes {

	record Remembered(long size, long modifiedNanos, String sha256) {
	}

	private final Map<String, Remembered> earlier;

	private final Map<String, Remembered> used = new ConcurrentSkipListMap<>();

	FileHashes(Map<String, Remembered> earlier) {
		this.earlier = Map.copyOf(earlier);
	}

	String sha256(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			long size = attributes.size();
			long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
			String key = file.toAbsolutePath().normalize().toString();
			Remembered known = used.get(key);
			if (known == null || known.size() != size || known.modifiedNanos() != modified) {
				known = earlier.get(key);
			}
			if (known == null || known.size() != size || known.modifiedNanos() != modified) {
				String taken = Checksums.known(file); // by the intake, reading this very file earlier in the run
				known = new Remembered(size, modified, taken != null ? taken : Checksums.sha256(file));
			}
			used.put(key, known);
			return known.sha256();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Hashes the files on the executor's threads, so that {@link #sha256} then finds them ready: a fresh cycle's
	 * manifest reads some 130 MB of inputs and documents. Returns when every file is hashed.
	 */
	void hashAll(List<Path> files, Executor executor) {
		CompletableFuture<?>[] hashing = files.stream()
			.map(file -> CompletableFuture.runAsync(() -> sha256(file), executor))
			.toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(hashing).join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : ex;
		}
	}

	/** The files hashed by this run, to remember for the next: files gone since are forgotten. */
	Map<String, Remembered> remembered() {
		return used;
	}
}
