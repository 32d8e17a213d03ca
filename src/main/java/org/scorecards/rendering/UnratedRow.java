package org.scorecards.rendering;

/** A country of the cycle without a published rating, and why. */
record UnratedRow(String country, String region, String status, String reason) {
}
