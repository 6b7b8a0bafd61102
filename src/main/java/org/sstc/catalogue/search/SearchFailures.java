package org.sstc.catalogue.search;

import org.apache.lucene.search.IndexSearcher;

/**
 * What a failed search says about its cause, on either backend. OpenSearch's errors reach
 * the application as Hibernate Search exceptions whose message holds the cluster's
 * answer, with the error's type.
 */
final class SearchFailures {

	private SearchFailures() {
	}

	/**
	 * Too many clauses: a long query expanded over many fields and synonyms (Lucene's
	 * limit, OpenSearch's 1024).
	 */
	static boolean tooManyClauses(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IndexSearcher.TooManyClauses || mentions(cause, "too_many_clauses")
					|| mentions(cause, "maxClauseCount")) {
				return true;
			}
		}
		return false;
	}

	/** The index is not there: deleted on the cluster behind the catalogue's back. */
	static boolean indexMissing(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (mentions(cause, "index_not_found_exception")) {
				return true;
			}
		}
		return false;
	}

	private static boolean mentions(Throwable failure, String text) {
		return failure.getMessage() != null && failure.getMessage().contains(text);
	}

}
