package org.sstc.catalogue.contribution;

/**
 * A step the submission's status does not allow (accepting a declined one, editing a
 * submitted one), or a save over a version saved meanwhile: answered 409 with the message
 * of {@link #messageKey()}.
 */
public class SubmissionConflictException extends RuntimeException {

	private final String messageKey;

	SubmissionConflictException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
