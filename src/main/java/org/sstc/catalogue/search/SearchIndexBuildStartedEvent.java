package org.sstc.catalogue.search;

/**
 * Published, on the thread that builds it, when a rebuild of the search index starts.
 *
 * @param inPlace true when the current index keeps serving searches while it is updated;
 * false when it is built from nothing and searches wait for it
 */
public record SearchIndexBuildStartedEvent(boolean inPlace) {
}
