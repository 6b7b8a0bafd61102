package org.sstc.catalogue.admin;

/**
 * An uploaded import that is refused, with the reason shown to the administrator (HTTP
 * 400, or 413 when it is too large); nothing of it is saved.
 */
class RefusedImportException extends RuntimeException {

	private final boolean tooLarge;

	RefusedImportException(String reason) {
		this(reason, false);
	}

	RefusedImportException(String reason, boolean tooLarge) {
		super(reason);
		this.tooLarge = tooLarge;
	}

	boolean tooLarge() {
		return this.tooLarge;
	}

}
