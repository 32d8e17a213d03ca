package org.scorecards.intake;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: fields separated by one character, quoted with {@code "}, a quote inside a quoted
 * field doubled) into records, each with the physical line it starts on, and never lets one record cost more
 * than itself.
 * <ul>
 * <li>Every field is bounded: past {@code maxField} characters the rest is read and dropped, and the record is
 * flagged with the field's position and its first characters, so a 600 MB field costs no memory.</li>
 * <li>A quote that closes a field before its end ({@code "fe"male"}) or a quote never closed flags its record,
 * and reading carries on at the physical line after the one the record starts on: the lines a stray quote
 * swallowed are read again as records of their own. They are replayed from memory (up to
 * {@link #REPLAY_FIELDS} bounded fields' worth), else by reading the file again up to that line; after
 * {@link #MAX_REOPENINGS} such re-readings, reading stops and the non-blank lines left are counted, to be
 * rejected.</li>
 * <li>A NUL character (binary data) flags its record.</li>
 * </ul>
 * Lines that hold nothing but spaces are not records. Commons CSV, used before, gave up on the whole rest of a
 * file at its first malformed quote, and held any field whole.
 */
final class CsvScanner {

	/** Opens the text again from its start (after any byte order mark), for a resynchronisation. */
	interface Opener {

		Reader open() throws IOException;

	}

	/** What makes a record unusable, found while splitting it. */
	enum FlawKind {
		/** A quote misplaced or never closed, or a NUL character. */
		SYNTAX,
		/** A field longer than the bound. */
		TOO_LONG
	}

	/**
	 * @param field the position of the over-long field (0-based), else -1
	 * @param start the first characters of the over-long field, else ""
	 * @param linesLeft non-blank lines after this record that were not read: counted rejected with it
	 */
	record Flaw(FlawKind kind, String reason, int field, String start, long linesLeft) {
	}

	/** One record: its values (at most {@link #MAX_FIELDS} kept), how many fields it had, its line, any flaw. */
	record Scanned(String[] values, int fieldCount, long line, Flaw flaw) {
	}

	/** Fields kept of one record: a contract has about ten; the count of a longer record stays exact. */
	static final int MAX_FIELDS = 256;

	static final int MAX_REOPENINGS = 16;

	/** Fields' worth of a record that spans lines kept to replay it: a record past it is read again from the file. */
	static final int REPLAY_FIELDS = 16;

	/** Characters of an over-long field shown in its finding. */
	private static final int SHOWN = 40;

	private static final int EOF = -1;

	private final Opener opener;

	private final char separator;

	private final int maxField;

	private final int replayLimit;

	private Reader in;

	private final char[] buffer = new char[64 * 1024];

	private int position;

	private int limit;

	/** The physical line of the next character to read. */
	private long line = 1;

	private int reopenings;

	private boolean done;

	private final StringBuilder field = new StringBuilder();

	/** What was read of the current record after its first line, while {@code capturing}. */
	private final StringBuilder raw = new StringBuilder();

	private boolean capturing;

	private boolean rawOverflow;

	/** Characters to read again before the buffer's, from {@code pendingPosition}. */
	private String pending = "";

	private int pendingPosition;

	private final List<String> values = new ArrayList<>();

	CsvScanner(Opener opener, char separator, int maxField) throws IOException {
		this.opener = opener;
		this.separator = separator;
		this.maxField = maxField;
		this.replayLimit = REPLAY_FIELDS * Math.max(maxField, 1024);
		this.in = opener.open();
	}

	/** The physical line the next record would start on, at the earliest. */
	long line() {
		return line;
	}

	/** The next record, or {@code null} at the end of the text. */
	Scanned next() throws IOException {
		while (!done) {
			int c = read();
			if (c == EOF) {
				done = true;
				break;
			}
			if (c == '\n') {
				continue;
			}
			Scanned record = record(c);
			if (record != null) {
				return record;
			}
		}
		return null;
	}

	void close() throws IOException {
		in.close();
	}

	/** The record whose first character is {@code c}, or {@code null} for a line of spaces only. */
	private Scanned record(int first) throws IOException {
		long start = line;
		capturing = false;
		rawOverflow = false;
		raw.setLength(0);
		values.clear();
		int count = 0;
		int tooLong = -1;
		String tooLongStart = "";
		boolean quotedAny = false;
		boolean nul = false;
		int c = first;
		while (true) {
			field.setLength(0);
			boolean overflow = false;
			boolean endOfRecord;
			String value = c == '"' ? null : plainField(c);
			if (value != null) {
				c = read(); // the separator or the end of the line, found by plainField
			}
			else if (c == '"') {
				quotedAny = true;
				long quoteLine = line;
				while (true) {
					c = read();
					if (c == EOF) {
						return resynchronised(start, "a quote opened on line " + quoteLine + " is never closed");
					}
					if (c == '\n' && !capturing) {
						// The record spans lines: what follows is kept, to be read again if the record is flawed.
						capturing = true;
					}
					if (c == '"') {
						c = read();
						if (c != '"') {
							break;
						}
					}
					nul |= c == 0;
					if (field.length() < maxField) {
						field.append((char) c);
					}
					else {
						overflow = true;
					}
				}
				while (c == ' ' || c == '\t') {
					c = read();
				}
				if (c != separator && c != '\n' && c != EOF) {
					String reason = "a quote ends field " + (count + 1) + " before its end, on line " + line
							+ "; inside a quoted field a quote is written twice (\"\")";
					if (!capturing) {
						skipLine(c);
						return new Scanned(new String[0], 0, start, new Flaw(FlawKind.SYNTAX, reason, -1, "", 0));
					}
					return resynchronised(start, reason);
				}
			}
			else {
				while (c != separator && c != '\n' && c != EOF) {
					nul |= c == 0;
					if (field.length() < maxField) {
						field.append((char) c);
					}
					else {
						overflow = true;
					}
					c = read();
				}
			}
			endOfRecord = c != separator;
			if (overflow && tooLong < 0) {
				tooLong = count;
				tooLongStart = field.substring(0, Math.min(SHOWN, field.length()));
			}
			if (count < MAX_FIELDS) {
				values.add(value != null ? value : field.toString());
			}
			count++;
			if (endOfRecord) {
				break;
			}
			c = read();
		}
		capturing = false;
		if (count == 1 && !quotedAny && values.get(0).isBlank() && tooLong < 0) {
			return null;
		}
		String[] kept = values.toArray(String[]::new);
		if (nul) {
			return new Scanned(kept, count, start,
					new Flaw(FlawKind.SYNTAX, "it holds a NUL character: binary data, not text", -1, "", 0));
		}
		if (tooLong >= 0) {
			return new Scanned(kept, count, start,
					new Flaw(FlawKind.TOO_LONG, "field " + (tooLong + 1) + " is too long", tooLong, tooLongStart, 0));
		}
		return new Scanned(kept, count, start, null);
	}

	/**
	 * The common case read straight from the buffer: an unquoted field, first character {@code first} just read,
	 * that ends (at a separator or a line end) within the buffer, no longer than the bound and without NUL. The
	 * buffer is left at the character that ends the field. {@code null} when any of that does not hold: the
	 * field is then read character by character, from {@code first}, as if this had not looked.
	 */
	private String plainField(int first) {
		int begin = position - 1;
		if (capturing || pendingPosition < pending.length() || begin < 0 || buffer[begin] != first
				|| first == '\r' || first == '\n' || first == 0) {
			return null;
		}
		int end = begin;
		int bound = Math.min(limit, begin + maxField);
		while (end < bound) {
			char c = buffer[end];
			if (c == separator || c == '\n' || c == '\r') {
				position = end;
				return new String(buffer, begin, end - begin);
			}
			if (c == 0) {
				return null;
			}
			end++;
		}
		return null;
	}

	/**
	 * The record starting on {@code start} is flawed: reading carries on at the line after it, replayed from
	 * memory, or read again from the file; after too many re-readings, reading stops.
	 */
	private Scanned resynchronised(long start, String reason) throws IOException {
		boolean spans = capturing;
		capturing = false;
		if (!spans) {
			// A one-line record that ran to the end of the text: nothing is left to read.
			return new Scanned(new String[0], 0, start, new Flaw(FlawKind.SYNTAX, reason, -1, "", 0));
		}
		if (!rawOverflow) {
			pending = raw + pending.substring(pendingPosition);
			pendingPosition = 0;
			line = start + 1;
			return new Scanned(new String[0], 0, start, new Flaw(FlawKind.SYNTAX, reason, -1, "", 0));
		}
		in.close();
		in = opener.open();
		position = 0;
		limit = 0;
		pending = "";
		pendingPosition = 0;
		line = 1;
		while (line <= start && read() != EOF) {
			// Skips to the line after the record's first.
		}
		if (++reopenings <= MAX_REOPENINGS) {
			return new Scanned(new String[0], 0, start, new Flaw(FlawKind.SYNTAX, reason, -1, "", 0));
		}
		long left = 0;
		boolean content = false;
		for (int c = read(); c != EOF; c = read()) {
			if (c == '\n') {
				left += content ? 1 : 0;
				content = false;
			}
			else if (!Character.isWhitespace(c)) {
				content = true;
			}
		}
		left += content ? 1 : 0;
		done = true;
		return new Scanned(new String[0], 0, start, new Flaw(FlawKind.SYNTAX, reason + "; after " + MAX_REOPENINGS
				+ " such records reading stopped, and the " + left + " line(s) after it are counted as rejected", -1,
				"", left));
	}

	/** Passes over the rest of the physical line, quotes and all: the next record starts on the next line. */
	private void skipLine(int c) throws IOException {
		while (c != '\n' && c != EOF) {
			c = read();
		}
	}

	/** The next character, with {@code \r\n}, {@code \r} and {@code \n} each read as one {@code \n}. */
	private int read() throws IOException {
		int c = nextChar();
		if (capturing && c != EOF) {
			if (raw.length() < replayLimit) {
				raw.append((char) c);
			}
			else {
				rawOverflow = true;
			}
		}
		return c;
	}

	private int nextChar() throws IOException {
		if (pendingPosition < pending.length()) {
			char c = pending.charAt(pendingPosition++);
			if (c == '\n') {
				line++;
			}
			return c;
		}
		if (position == limit && !fill()) {
			return EOF;
		}
		char c = buffer[position++];
		if (c == '\r') {
			if (position == limit && !fill()) {
				line++;
				return '\n';
			}
			if (buffer[position] == '\n') {
				position++;
			}
			line++;
			return '\n';
		}
		if (c == '\n') {
			line++;
		}
		return c;
	}

	private boolean fill() throws IOException {
		int n = in.read(buffer, 0, buffer.length);
		if (n <= 0) {
			position = 0;
			limit = 0;
			return false;
		}
		position = 0;
		limit = n;
		return true;
	}
}
