package org.sstc.catalogue.search;

import org.springframework.http.HttpHeaders;

/**
 * A search waited for its turn longer than {@code catalogue.search.admission.max-wait}:
 * more searches are asked than the machine answers (HTTP 503, with Retry-After). Pages
 * say so in the interface's language ({@code error.busy.*} messages). A kind of search
 * being unavailable, so that what goes on without search (a practice's page without its
 * similar practices, the home page without its counts) goes on here too.
 */
public class SearchBusyException extends SearchUnavailableException {

	/** When to ask again, in seconds. */
	public static final int RETRY_AFTER_SECONDS = 5;

	SearchBusyException() {
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		setDetail("More searches are being asked than the catalogue can answer just now. Please search again in a "
				+ "few seconds.");
	}

	@Override
	public String getTitleMessageCode() {
		return "error.busy.title";
	}

	@Override
	public String getDetailMessageCode() {
		return "error.busy.text";
	}

}
