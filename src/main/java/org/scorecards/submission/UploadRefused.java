package org.scorecards.submission;

import org.scorecards.language.Language;
import org.scorecards.language.Texts;

/**
 * An upload (or a decision) refused before anything was stored, with the HTTP status that says why and a sentence
 * for the user. A refusal made with {@link #because} carries the key of its sentence in the portal's bundle
 * ({@code i18n/portal_<tag>.properties}, {@code refused.<key>}) and its arguments: the pages word it in the reader's
 * language, the API and the log in English (its message).
 */
public class UploadRefused extends RuntimeException {

	private final int status;

	private final String key;

	private final Object[] arguments;

	/** A refusal worded in English only: the pages show it as it is. */
	public UploadRefused(int status, String message) {
		this(status, message, null, new Object[0]);
	}

	private UploadRefused(int status, String message, String key, Object[] arguments) {
		super(message);
		this.status = status;
		this.key = key;
		this.arguments = arguments;
	}

	/** The refusal {@code refused.<key>} of the portal's bundle, its English text as the message. */
	public static UploadRefused because(int status, String key, Object... arguments) {
		String message = Texts.of("portal", Language.EN).text("refused." + key, arguments);
		return new UploadRefused(status, message, key, arguments.clone());
	}

	public int status() {
		return status;
	}

	/** The bundle key of the sentence ({@code refused.} and this), or {@code null} for an English-only refusal. */
	public String key() {
		return key;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
