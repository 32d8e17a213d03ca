package org.scorecards.reference;

public record Country(String iso3, String name, String region) {
}
