package org.sstc.catalogue.search;

/** Published when the whole search index has been rebuilt from the database. */
public record SearchIndexRebuiltEvent(long indexed) {
}
