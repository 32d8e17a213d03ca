package org.scorecards.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a submitted path is, without following links. A symbolic link in a country folder (or the folder itself
 * a link) would make the tool read a file outside the input tree, e.g. {@code /etc/shadow}, and publish its
 * first line as an "unknown column"; a FIFO or a device would hang or never end. Only plain files and folders
 * are read; anything else is refused with a finding that names the submitted path, never its target.
 */
public enum PlainFiles {

	/** Nothing there. */
	MISSING,
	/** A plain file, not a link. */
	FILE,
	/** A plain folder, not a link. */
	FOLDER,
	/** A symbolic link, a FIFO, a device or a socket: never read. */
	REFUSED;

	public static PlainFiles of(Path path) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		}
		catch (IOException ex) {
			return MISSING;
		}
		if (attributes.isSymbolicLink() || attributes.isOther()) {
			return REFUSED;
		}
		return attributes.isRegularFile() ? FILE : attributes.isDirectory() ? FOLDER : REFUSED;
	}

	/** A plain file, not a link to one. */
	public static boolean isFile(Path path) {
		return of(path) == FILE;
	}
}
