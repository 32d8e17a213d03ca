package org.scorecards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTest {

	@TempDir
	Path folder;

	@Test
	void aFileHashedOnceIsKnownWhileItStaysTheSame() throws Exception {
		Path file = Files.writeString(folder.resolve("victims.csv"), "victim_ref,sex\nV1,female\n");

		String sha256 = Checksums.sha256(file);

		assertThat(sha256).isEqualTo(Checksums.sha256("victim_ref,sex\nV1,female\n".getBytes()));
		assertThat(Checksums.known(file)).isEqualTo(sha256);
	}

	@Test
	void aFileReplacedOrRewrittenIsNoLongerKnownEvenAtTheSameSize() throws Exception {
		Path file = Files.writeString(folder.resolve("victims.csv"), "victim_ref,sex\nV1,female\n");
		Checksums.sha256(file);
		Path replacement = Files.writeString(folder.resolve("new.csv"), "victim_ref,sex\nV2,female\n");
		Files.move(replacement, file, StandardCopyOption.REPLACE_EXISTING); // same size, another file

		assertThat(Checksums.known(file)).isNull();

		Checksums.sha256(file);
		Files.writeString(file, "victim_ref,sex\nV1,female\nV3,male\n"); // in place

		assertThat(Checksums.known(file)).isNull();
		assertThat(Checksums.known(folder.resolve("never-hashed.csv"))).isNull();
	}

	@Test
	void aHashTakenWhileTheFileChangedUnderneathIsNotRemembered() throws Exception {
		Path file = Files.writeString(folder.resolve("victims.csv"), "victim_ref,sex\nV1,female\n");
		var before = Checksums.attributes(file);
		Files.writeString(file, "victim_ref,sex\nV1,female\nV2,male\n");

		Checksums.remember(file, before, "0".repeat(64));

		assertThat(Checksums.known(file)).isNull();
	}
}
