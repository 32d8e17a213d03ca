package org.scorecards.cycle;

import java.io.IOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.scorecards.Checksums;

/**
 * The build of the tool, for results kept from run to run (earlier years' scores, the robustness analysis, documents kept): the
 * names and CRC-32s of every entry of the jar this runs from (read from the jar's directory, nothing
 * decompressed), so a rebuilt tool computes afresh even when reproducible builds pin the jar's date. Run from a
 * folder of classes (a developer's test run): the names, sizes and times of its files. {@code null} when neither
 * can be read: nothing is kept then.
 */
final class BuildIdentity {

	static final String VALUE = identify();

	private BuildIdentity() {
	}

	private static String identify() {
		try {
			URL location = BuildIdentity.class.getProtectionDomain().getCodeSource().getLocation();
			String text = location.toString();
			Path jar;
			if (text.startsWith("jar:nested:")) {
				// java -jar on the fat jar: jar:nested:/path/scorecards.jar/!BOOT-INF/classes/!/
				jar = Path.of(URLDecoder.decode(text.substring("jar:nested:".length(), text.indexOf("/!")),
						StandardCharsets.UTF_8));
			}
			else {
				jar = Path.of(location.toURI());
				if (Files.isDirectory(jar)) {
					return classes(jar);
				}
			}
			StringBuilder entries = new StringBuilder();
			try (JarFile file = new JarFile(jar.toFile())) {
				file.stream()
					.sorted(Comparator.comparing(JarEntry::getName))
					.forEach(e -> entries.append(e.getName()).append(' ').append(e.getCrc()).append('\n'));
			}
			return Checksums.sha256(entries.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			return null;
		}
	}

	/**
	 * A folder of classes (a developer's or a test's run): every file's name, size and time, so that a compile
	 * that changed a class is a new build and nothing kept from before it is used. Its libraries are not covered.
	 */
	static String classes(Path folder) throws IOException {
		StringBuilder files = new StringBuilder("classes\n");
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				files.append(folder.relativize(file)).append(' ').append(Files.size(file)).append(' ')
					.append(Files.getLastModifiedTime(file).toMillis()).append('\n');
			}
		}
		return Checksums.sha256(files.toString().getBytes(StandardCharsets.UTF_8));
	}
}
