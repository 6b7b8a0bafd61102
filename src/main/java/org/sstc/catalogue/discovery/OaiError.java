package org.sstc.catalogue.discovery;

/**
 * An OAI-PMH error condition (the specification's section 3.6), answered with HTTP 200
 * and an error element.
 */
class OaiError extends RuntimeException {

	enum Code {

		badArgument, badResumptionToken, badVerb, cannotDisseminateFormat, idDoesNotExist, noRecordsMatch,
		noMetadataFormats, noSetHierarchy

	}

	private final Code code;

	OaiError(Code code, String message) {
		super(message, null, false, false);
		this.code = code;
	}

	Code code() {
		return this.code;
	}

	/**
	 * badVerb and badArgument answers echo the base URL only, without the request's
	 * arguments.
	 */
	boolean echoesArguments() {
		return this.code != Code.badVerb && this.code != Code.badArgument;
	}

}
