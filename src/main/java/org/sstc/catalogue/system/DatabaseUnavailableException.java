package org.sstc.catalogue.system;

/**
 * The catalogue has no database it can use; {@link DatabaseFailureAnalyzer} says what to
 * set.
 */
class DatabaseUnavailableException extends RuntimeException {

	DatabaseUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
