package org.sstc.catalogue.practice;

/**
 * A normalised funding source (editorial), e.g. {@code rbtc}; the practice's own words
 * are in its funding field.
 */
public record FundingSource(String code, String name) {
}
