package org.scorecards.intake;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the unique column groups of a file's records, to spot a repeat, in memory bounded by eight bytes a
 * record: a file of ten million victims would not fit a heap of half a gigabyte as strings.
 * <p>
 * Each key is kept as a 64-bit hash, which only ever says a key <em>may</em> have been seen: two different keys
 * can share a hash, and a valid record must never be rejected for that. So a record whose hash was seen is
 * not decided on the spot; it is held (a bit by its ordinal) and decided on a second look at the file. The
 * look keeps the exact keys of the held records, and, reading the file again from the top, notes the first
 * record that holds each of them; a held record repeats only if an earlier record truly holds its key. The
 * caller hands the look every record that passed its column checks, in file order, with the same ordinals as
 * in the first pass: the keys to compare are the records' own values, re-read, never a hash.
 * <p>
 * What the look holds is bounded: at most {@link #HELD_KEYS} exact keys at once, the held records' own (a
 * record that repeats a key already held adds nothing, so a file that repeats one record a million times
 * costs one key). A hostile file with more distinct repeated keys than that, say a file appended to itself,
 * is decided in several looks, each taking the next held records in file order: slower, one more reading of
 * the file per {@code HELD_KEYS} keys, never inexact. The hash table is dropped before the first look.
 * <p>
 * With a group of several key columns, a record that repeats one group is not remembered for the groups after
 * it, as with exact sets; the hash table keeps every group's hash of a held record anyway, which at worst holds
 * one more record for a look. Any hash function keeps the answers exact (tests force collisions); a good one,
 * FNV-1a with MurmurHash3's finaliser, keeps looks to files that truly have repeats.
 * <p>
 * Exports are often sorted by their reference. While a single column group arrives in strictly increasing
 * order no key can repeat, so the hashes are only appended to a list, in order, which costs no random
 * memory access; at the first key out of order the list is moved into the hash table and the table takes
 * over. The repeats found are the same either way. Two orders are watched at once, since a reference numbered
 * without padding ({@code V-9}, {@code V-10}) is sorted by number, not as text: text order, and shorter values
 * first, then text. The list is kept while one of the two has held for every key so far: a key that comes after
 * the previous one in such an order comes after all the earlier ones, so it repeats none of them.
 */
final class UniqueKeys {

	/** A key group's hash, from the values at these positions of the row; it may collide, answers stay exact. */
	@FunctionalInterface
	interface KeyHash {

		long of(int group, int[] columns, CsvRow row);
	}

	/** How a held record was decided: the column group it repeats, or {@code null} when it repeats none. */
	record Verdict(List<String> repeated) {

		static final Verdict UNIQUE = new Verdict(null);
	}

	/** Exact keys a look holds at most: some 250 bytes each with their values, about 64 MB. */
	static final int HELD_KEYS = 1 << 18;

	private static final long EMPTY = 0L;

	/** The most {@link #expect} reserves ahead, on an estimate: 2^24 slots, 128 MB, room for 12 million records. */
	private static final long MAX_SLOTS = 1L << 24;

	private final List<List<String>> keys;

	private final ColumnPositions[] positions;

	private final KeyHash hash;

	private final int heldKeys;

	private LongSet table = new LongSet(1 << 10);

	/** Keys have arrived in strictly increasing order so far: their hashes are in {@link #run}, not the table. */
	private boolean ordered;

	/** Every key so far came strictly after the one before it as text. */
	private boolean textOrder = true;

	/** Every key so far came strictly after the one before it when shorter values come first. */
	private boolean lengthOrder = true;

	private String[] previous;

	private long[] run = new long[1 << 10];

	private int runSize;

	private long expected;

	/** The held records by ordinal; {@code null} while none is. */
	private BitSet held;

	/** The held records the next look decides, their keys taken as they come. */
	private Chunk next;

	/** Held records up to this ordinal are decided. */
	private long decidedTo = -1;

	/** For each group, the held records found to repeat in it. */
	private BitSet[] repeatedIn;

	UniqueKeys(List<List<String>> keys) {
		this(keys, UniqueKeys::hash, HELD_KEYS);
	}

	/** @param hash the keys' hash (tests inject a weak one) @param heldKeys exact keys a look holds at most */
	UniqueKeys(List<List<String>> keys, KeyHash hash, int heldKeys) {
		this.keys = keys;
		this.positions = keys.stream().map(ColumnPositions::new).toArray(ColumnPositions[]::new);
		this.hash = hash;
		this.heldKeys = heldKeys;
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
			table.reserve(records);
		}
	}

	/**
	 * Records the row's keys; {@code true} when one of them hashes like an earlier record's. Such a row may
	 * repeat an earlier one, or only share a hash: it is held, for a {@link #look} to decide.
	 *
	 * @param ordinal the row's place among the file's records, from 0: a look names records by it
	 */
	boolean mayRepeat(long ordinal, CsvRow row) {
		if (ordered) {
			int[] columns = positions[0].of(row);
			if (follows(columns, row)) {
				append(hash(0, row));
				return false;
			}
			toTable();
		}
		boolean hit = false;
		// Every group's hash goes in, even after a hit: a held row that turns out unique must be remembered.
		for (int k = 0; k < keys.size(); k++) {
			hit |= !table.add(hash(k, row));
		}
		if (hit) {
			hold(ordinal, row);
		}
		return hit;
	}

	/** Whether every held record is decided: no look is needed (any more). */
	boolean decided() {
		return held == null || held.nextSetBit((int) (decidedTo + 1)) < 0;
	}

	/** The next look at the file, from its first record; call {@link Look#done} once it has read what it needs. */
	Look look() {
		// The hashes are of no use any more: the look's exact keys take their room.
		table = null;
		Chunk chunk = next;
		next = new Chunk();
		return new Look(chunk);
	}

	/**
	 * Whether the row's key comes strictly after the previous one in an order every earlier key kept; it
	 * becomes the previous one if so.
	 */
	private boolean follows(int[] columns, CsvRow row) {
		if (previous == null) {
			previous = new String[columns.length];
		}
		else {
			int text = 0;
			int length = 0;
			for (int c = 0; c < columns.length && (text == 0 || length == 0); c++) {
				String value = row.get(columns[c]);
				int compared = value.compareTo(previous[c]);
				text = text != 0 ? text : compared;
				length = length != 0 ? length
						: value.length() != previous[c].length() ? value.length() - previous[c].length() : compared;
			}
			textOrder &= text > 0;
			lengthOrder &= length > 0;
			if (!textOrder && !lengthOrder) {
				return false;
			}
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
		table.reserve(Math.max(expected, runSize));
		for (int i = 0; i < runSize; i++) {
			table.add(run[i]);
		}
		run = null;
		previous = null;
	}

	private void hold(long ordinal, CsvRow row) {
		if (held == null) {
			held = new BitSet();
			next = new Chunk();
			repeatedIn = new BitSet[keys.size()];
			Arrays.setAll(repeatedIn, k -> new BitSet());
		}
		held.set(Math.toIntExact(ordinal));
		next.take(ordinal, row);
	}

	private long hash(int group, CsvRow row) {
		long h = hash.of(group, positions[group].of(row), row);
		return h == EMPTY ? 1 : h;
	}

	/** A group's exact key in a row: its values as they are, so equal keys are equal values, never alike hashes. */
	private Key key(int group, CsvRow row) {
		int[] columns = positions[group].of(row);
		String[] values = new String[columns.length];
		for (int c = 0; c < columns.length; c++) {
			values[c] = row.get(columns[c]);
		}
		return new Key(group, List.of(values));
	}

	private record Key(int group, List<String> values) {
	}

	private static long hash(int group, int[] columns, CsvRow row) {
		long h = 0xcbf29ce484222325L ^ group;
		for (int column : columns) {
			String value = row.get(column);
			for (int i = 0; i < value.length(); i++) {
				h = (h ^ value.charAt(i)) * 0x100000001b3L;
			}
			// A separator no value can hold, so ("ab","c") and ("a","bc") hash apart (equality is exact anyway).
			h = (h ^ 0xffff) * 0x100000001b3L;
		}
		// MurmurHash3's finaliser spreads FNV's low-entropy high bits over the whole word.
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}

	/** Held records, consecutive in file order, whose exact keys fit one look. */
	private final class Chunk {

		/** Each exact key to the ordinal of the first record that holds it, -1 until the look meets one. */
		final Map<Key, long[]> first = new HashMap<>();

		/** The keys' hashes: a record none of whose keys hashes like these cannot hold one of them. */
		final LongSet hashes = new LongSet(1 << 4);

		long from = -1;

		long to = -1;

		/** Still taking records: a record that does not fit closes it, so the next chunk starts there. */
		boolean open = true;

		void take(long ordinal, CsvRow row) {
			if (!open) {
				return;
			}
			Key[] own = new Key[keys.size()];
			int added = 0;
			for (int k = 0; k < own.length; k++) {
				own[k] = key(k, row);
				added += first.containsKey(own[k]) ? 0 : 1;
			}
			// A key held already costs nothing: a record repeated a million times is one key.
			if (from >= 0 && first.size() + added > heldKeys) {
				open = false;
				return;
			}
			for (int k = 0; k < own.length; k++) {
				first.putIfAbsent(own[k], new long[] { -1 });
				hashes.add(hash(k, row));
			}
			if (from < 0) {
				from = ordinal;
			}
			to = ordinal;
		}
	}

	/**
	 * One reading of the file that decides a chunk of held records. Give it, in file order, each record that
	 * passed its column checks and that it {@link #needs}, until it is {@link #past} the records it needs.
	 */
	final class Look {

		private final Chunk chunk;

		private final long lastHeld;

		private Look(Chunk chunk) {
			this.chunk = chunk;
			this.lastHeld = held.length() - 1;
		}

		/** Whether no record from this ordinal on is needed: reading can stop. */
		boolean past(long ordinal) {
			return ordinal > chunk.to && !(next.open && ordinal <= lastHeld);
		}

		/**
		 * Whether the record matters: it is held, or one of its keys hashes like one this look decides. The
		 * row need only hold the values of the key columns; cheap, for every record read.
		 */
		boolean needs(long ordinal, CsvRow keys) {
			if (held.get(Math.toIntExact(ordinal))) {
				return true;
			}
			if (ordinal > chunk.to) {
				return false;
			}
			for (int k = 0; k < UniqueKeys.this.keys.size(); k++) {
				if (chunk.hashes.contains(hash(k, keys))) {
					return true;
				}
			}
			return false;
		}

		/** Takes a needed record, whole; the verdict when it is a held record this look decides, else {@code null}. */
		Verdict take(long ordinal, CsvRow row) {
			int i = Math.toIntExact(ordinal);
			if (!held.get(i)) {
				if (ordinal <= chunk.to) {
					// Not held: no key of it repeated, so it holds each of them first.
					seen(ordinal, row, keys.size());
				}
				return null;
			}
			if (ordinal > chunk.to) {
				next.take(ordinal, row);
				return null;
			}
			if (ordinal < chunk.from) {
				seen(ordinal, row, reached(i));
				return null;
			}
			for (int k = 0; k < keys.size(); k++) {
				long[] first = chunk.first.get(key(k, row));
				if (first[0] >= 0) {
					repeatedIn[k].set(i);
					return new Verdict(keys.get(k));
				}
				first[0] = ordinal;
			}
			return Verdict.UNIQUE;
		}

		/** Ends the look: the chunk's held records are decided. */
		void done() {
			decidedTo = chunk.to;
		}

		/** Notes the record as the first holder of those of its keys the chunk decides and has not met yet. */
		private void seen(long ordinal, CsvRow row, int groups) {
			for (int k = 0; k < groups; k++) {
				long[] first = chunk.first.get(key(k, row));
				if (first != null && first[0] < 0) {
					first[0] = ordinal;
				}
			}
		}

		/** The groups a decided held record counts in: up to the one it repeats, which stops its checking. */
		private int reached(int ordinal) {
			for (int k = 0; k < keys.size(); k++) {
				if (repeatedIn[k].get(ordinal)) {
					return k + 1;
				}
			}
			return keys.size();
		}
	}

	/** Open addressing with linear probing over hashes, 0 marking an empty slot. */
	private static final class LongSet {

		private long[] slots;

		private int size;

		LongSet(int slots) {
			this.slots = new long[slots];
		}

		void reserve(long records) {
			long n = slots.length;
			while (n * 3 <= records * 4 && n < MAX_SLOTS) {
				n *= 2;
			}
			if (n > slots.length) {
				resize((int) n);
			}
		}

		/** {@code false} when the hash was there already. */
		boolean add(long hash) {
			// Up to three quarters full: 10 million keys take a table of 2^24 longs, 128 MB.
			if (size * 4L >= slots.length * 3L) {
				resize(slots.length * 2);
			}
			int mask = slots.length - 1;
			for (int i = (int) hash & mask;; i = (i + 1) & mask) {
				if (slots[i] == EMPTY) {
					slots[i] = hash;
					size++;
					return true;
				}
				if (slots[i] == hash) {
					return false;
				}
			}
		}

		boolean contains(long hash) {
			int mask = slots.length - 1;
			for (int i = (int) hash & mask;; i = (i + 1) & mask) {
				if (slots[i] == hash) {
					return true;
				}
				if (slots[i] == EMPTY) {
					return false;
				}
			}
		}

		private void resize(int n) {
			long[] old = slots;
			slots = new long[n];
			size = 0;
			for (long hash : old) {
				if (hash != EMPTY) {
					add(hash);
				}
			}
		}
	}
}
