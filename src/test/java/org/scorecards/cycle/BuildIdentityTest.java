package org.scorecards.cycle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BuildIdentityTest {

	@Test
	void aFolderOfClassesIsANewBuildWhenAClassIsCompiledAgain(@TempDir Path classes) throws Exception {
		Path type = Files.createDirectories(classes.resolve("org/scorecards")).resolve("Type.class");
		Files.write(type, new byte[] { 1, 2, 3 });
		Files.setLastModifiedTime(type, FileTime.fromMillis(1_000_000));
		String before = BuildIdentity.classes(classes);

		assertThat(BuildIdentity.classes(classes)).as("nothing compiled").isEqualTo(before);

		Files.write(type, new byte[] { 1, 2, 4 });
		Files.setLastModifiedTime(type, FileTime.fromMillis(2_000_000));
		assertThat(BuildIdentity.classes(classes)).isNotEqualTo(before);
	}

	@Test
	void theTestsRunFromAFolderOfClassesAndHaveABuild() {
		assertThat(BuildIdentity.VALUE).isNotNull().hasSize(64).isNotEqualTo("classes");
	}
}
