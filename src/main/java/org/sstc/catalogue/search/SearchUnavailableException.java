package org.sstc.catalogue.search;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The search index is being built or repaired: searches can be answered again in a moment
 * (HTTP 503, with Retry-After). Pages say so in the interface's language
 * ({@code error.search.*} messages).
 */
public class SearchUnavailableException extends ErrorResponseException {

	/**
	 * When to ask again, in seconds: a full rebuild of a large catalogue takes about a
	 * minute.
	 */
	public static final int RETRY_AFTER_SECONDS = 30;

	SearchUnavailableException() {
		this(null);
	}

	SearchUnavailableException(Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, cause);
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		setDetail("Search is being prepared. The practices' pages work meanwhile; please search again in a moment.");
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	@Override
	public String getTitleMessageCode() {
		return "error.search.title";
	}

	@Override
	public String getDetailMessageCode() {
		return "error.search.text";
	}

}
