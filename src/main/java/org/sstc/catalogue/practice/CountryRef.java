package org.sstc.catalogue.practice;

/**
 * A country taking part in a practice: ISO 3166-1 alpha-2 code and English name.
 * {@code inferred} is true when the country is named only in the body text, not in the
 * practice's "Countries involved".
 */
public record CountryRef(String code, String name, boolean inferred) {
}
