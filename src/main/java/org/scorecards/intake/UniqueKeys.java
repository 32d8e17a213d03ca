package org.scorecards.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Remembers the unique column groups of a file's accepted records, to spot a repeat. */
final class UniqueKeys {

	private final List<List<String>> keys;

	private final Set<String> seen = new HashSet<>();

	UniqueKeys(List<List<String>> keys) {
		this.keys = keys;
	}

	/** The first column group whose values repeat an earlier record's, else {@code null}; records the row. */
	List<String> repeatedKey(CsvRow row) {
		for (int k = 0; k < keys.size(); k++) {
			StringBuilder composite = new StringBuilder().append(k).append(':');
			keys.get(k).forEach(column -> composite.append(row.get(column)).append('\u0000'));
			if (!seen.add(composite.toString())) {
				return keys.get(k);
			}
		}
		return null;
	}
}
