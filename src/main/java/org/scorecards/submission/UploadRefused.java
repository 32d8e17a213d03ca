package org.scorecards.submission;

/** An upload refused before anything was stored, with the HTTP status that says why and a sentence for the user. */
public class UploadRefused extends RuntimeException {

	private final int status;

	public UploadRefused(int status, String message) {
		super(message);
		this.status = status;
	}

	public int status() {
		return status;
	}
}
