package org.scorecards.synthetic;

import java.util.Random;

/**
 * Derives one independent random stream per seed, country, year and file, so a file's content depends only
 * on those four and never on what else was generated or in which order. {@link Random} is used because its
 * algorithm is fixed by its specification: the same seed gives the same draws on every JDK.
 */
final class Seeds {

	private Seeds() {
	}

	static Random random(long seed, String key, int year, String stream) {
		return new Random(mix(mix(mix(seed) ^ hash(key)) ^ year) ^ hash(stream));
	}

	/** The SplitMix64 finaliser: spreads nearby inputs over the whole 64-bit range. */
	static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/** 64-bit FNV-1a over the UTF-16 chars; unlike {@code String.hashCode()} it keeps 64 bits. */
	static long hash(String text) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			h ^= text.charAt(i);
			h *= 0x100000001b3L;
		}
		return h;
	}
}
