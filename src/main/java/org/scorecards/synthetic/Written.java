package org.scorecards.synthetic;

/** What one writer wrote: data rows, and how many of them carry a deliberate error. */
record Written(long rows, long faults) {

	static final Written NOTHING = new Written(0, 0);
}
