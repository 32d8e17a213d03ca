package org.scorecards.submission;

import java.io.IOException;
import java.io.InputStream;

/** One file of an upload as it arrived: the name the browser or script gave it, its size and its bytes. */
public record Upload(String name, long size, Source content) {

	@FunctionalInterface
	public interface Source {

		InputStream open() throws IOException;

	}
}
