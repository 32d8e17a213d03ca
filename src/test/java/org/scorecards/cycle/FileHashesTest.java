package org.scorecards.cycle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.Checksums;

import static org.assertj.core.api.Assertions.assertThat;

class FileHashesTest {

	@TempDir
	Path dir;

	@Test
	void aFileWithTheSameSizeAndTimeKeepsItsRememberedHash() throws Exception {
		Path file = Files.writeString(dir.resolve("a.csv"), "iso3\nXAA\n");
		long modified = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
		String key = file.toAbsolutePath().normalize().toString();
		var hashes = new FileHashes(Map.of(key, new FileHashes.Remembered(Files.size(file), modified, "remembered")));

		assertThat(hashes.sha256(file)).isEqualTo("remembered");
		assertThat(hashes.remembered()).containsOnlyKeys(key);
	}

	@Test
	void aFileChangedSinceIsHashedAgainEvenAtTheSameSize() throws Exception {
		Path file = Files.writeString(dir.resolve("a.csv"), "iso3\nXAA\n");
		String key = file.toAbsolutePath().normalize().toString();
		var earlier = new FileHashes(Map.of());
		String before = earlier.sha256(file);
		Files.writeString(file, "iso3\nXAB\n");
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1000));

		var hashes = new FileHashes(earlier.remembered());

		assertThat(hashes.sha256(file)).isNotEqualTo(before).isEqualTo(Checksums.sha256(file));
		assertThat(hashes.remembered().get(key).size()).isEqualTo(9);
	}
}
