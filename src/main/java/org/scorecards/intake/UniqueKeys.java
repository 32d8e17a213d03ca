package org.scorecards.intake;

import java.util.Arrays;
import java.util.List;

/**
 * Remembers the unique column groups of a file's accepted records, to spot a repeat, in memory bounded by
 * eight bytes a record: a file of ten million victims would not fit a heap of half a gigabyte as strings.
 * Each key is kept as a 64-bit hash; two different keys sharing one is a chance below 3 in a million for
 * ten million records (n^2 / 2^65), and below one in ten billion for the hundred thousand records of a
 * large country.
 * <p>
 * Exports are often sorted by their reference. While a single column group arrives in strictly increasing
 * order no key can repeat, so the hashes are only appended to a list, in order, which costs no random
 * memory access; at the first key out of order the list is moved into the hash table and the table takes
 * over. The repeats found are the same either way.
 */
final class UniqueKeys {

	private static final long EMPTY = 0L;

	/** The most {@link #expect} reserves ahead, on an estimate: 2^24 slots, 128 MB, room for 12 million records. */
	private static final long MAX_SLOTS = 1L << 24;

	private final List<List<String>> keys;

	private final ColumnPositions[] positions;

	private long[] table = new long[1 << 10];

	private int size;

	/** Keys have arrived in strictly increasing order so far: their hashes are in {@link #run}, not the table. */
	private boolean ordered;

	private String[] previous;

	private long[] run = new long[1 << 10];

	private int runSize;

	private long expected;

	UniqueKeys(List<List<String>> keys) {
		this.keys = keys;
		this.positions = keys.stream().map(ColumnPositions::new).toArray(ColumnPositions[]::new);
		this.ordered = keys.size() == 1;
	}

	/**
	 * Makes room for about this many records at once: growing the table step by step to ten million keys
	 * would move every hash again, twelve million random writes.
	 */
	void expect(long records) {
		expected = records;
		if (ordered && records > run.length) {
			run = Arrays.copyOf(run, (int) Math.min(records, MAX_SLOTS * 3 / 4));
		}
		else if (!ordered) {
			reserve(records);
		}
	}

	private void reserve(long records) {
		long slots = table.length;
		while (slots * 3 <= records * 4 && slots < MAX_SLOTS) {
			slots *= 2;
		}
		if (slots > table.length) {
			resize((int) slots);
		}
	}

	/** The first column group whose values repeat an earlier record's, else {@code null}; records the row. */
	List<String> repeatedKey(CsvRow row) {
		if (ordered) {
			int[] columns = positions[0].of(row);
			if (follows(columns, row)) {
				append(hash(0, columns, row));
				return null;
			}
			toTable();
		}
		for (int k = 0; k < keys.size(); k++) {
			long hash = hash(k, positions[k].of(row), row);
			if (!add(hash)) {
				return keys.get(k);
			}
		}
		return null;
	}

	/** Whether the row's key comes strictly after the previous one; it becomes the previous one if so. */
	private boolean follows(int[] columns, CsvRow row) {
		int comparison = previous == null ? 1 : 0;
		for (int c = 0; c < columns.length && comparison == 0; c++) {
			comparison = row.get(columns[c]).compareTo(previous[c]);
		}
		if (comparison <= 0) {
			return false;
		}
		if (previous == null) {
			previous = new String[columns.length];
		}
		for (int c = 0; c < columns.length; c++) {
			previous[c] = row.get(columns[c]);
		}
		return true;
	}

	private void append(long hash) {
		if (runSize == run.length) {
			run = Arrays.copyOf(run, run.length * 2);
		}
		run[runSize++] = hash;
	}

	private void toTable() {
		ordered = false;
		reserve(Math.max(expected, runSize));
		for (int i = 0; i < runSize; i++) {
			add(run[i]);
		}
		run = null;
		previous = null;
	}

	private static long hash(int group, int[] columns, CsvRow row) {
		long h = 0xcbf29ce484222325L ^ group;
		for (int column : columns) {
			String value = row.get(column);
			for (int i = 0; i < value.length(); i++) {
				h = (h ^ value.charAt(i)) * 0x100000001b3L;
			}
			// A separator no value can hold, so ("ab","c") and ("a","bc") differ.
			h = (h ^ 0xffff) * 0x100000001b3L;
		}
		// MurmurHash3's finaliser spreads FNV's low-entropy high bits over the whole word.
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h == EMPTY ? 1 : h;
	}

	/** Open addressing with linear probing; {@code false} when the hash was there already. */
	private boolean add(long hash) {
		// Up to three quarters full: 10 million keys take a table of 2^24 longs, 128 MB.
		if (size * 4L >= table.length * 3L) {
			grow();
		}
		int mask = table.length - 1;
		for (int i = (int) hash & mask;; i = (i + 1) & mask) {
			if (table[i] == EMPTY) {
				table[i] = hash;
				size++;
				return true;
			}
			if (table[i] == hash) {
				return false;
			}
		}
	}

	private void grow() {
		resize(table.length * 2);
	}

	private void resize(int slots) {
		long[] old = table;
		table = new long[slots];
		size = 0;
		for (long hash : old) {
			if (hash != EMPTY) {
				add(hash);
			}
		}
	}
}
