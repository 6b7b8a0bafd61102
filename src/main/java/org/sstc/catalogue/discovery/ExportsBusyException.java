package org.sstc.catalogue.discovery;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Every export slot is taken ({@link ExportSlots}): HTTP 503, with Retry-After. Pages say
 * so in the interface's language ({@code error.exports.*} messages).
 */
class ExportsBusyException extends ErrorResponseException {

	/** When to ask again, in seconds: most exports end within a minute. */
	static final int RETRY_AFTER_SECONDS = 30;

	ExportsBusyException() {
		super(HttpStatus.SERVICE_UNAVAILABLE);
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		setDetail("Other exports of whole result sets are running. Searches and pages work meanwhile; please ask "
				+ "for the export again in a moment.");
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	@Override
	public String getTitleMessageCode() {
		return "error.exports.title";
	}

	@Override
	public String getDetailMessageCode() {
		return "error.exports.text";
	}

}
