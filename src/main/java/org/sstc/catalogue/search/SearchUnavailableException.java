package org.sstc.catalogue.search;

/** The search index is being built or repaired: searches can be answered again in a moment (HTTP 503). */
public class SearchUnavailableException extends RuntimeException {

	/** When to ask again, in seconds: a full rebuild of a large catalogue takes about a minute. */
	public static final int RETRY_AFTER_SECONDS = 30;

	SearchUnavailableException() {
		super("Search is being prepared. The practices' pages work meanwhile; please search again in a moment.");
	}

	SearchUnavailableException(Throwable cause) {
		super("Search is being prepared. The practices' pages work meanwhile; please search again in a moment.", cause);
	}

}
