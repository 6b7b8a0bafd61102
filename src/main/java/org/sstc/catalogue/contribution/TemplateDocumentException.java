package org.sstc.catalogue.contribution;

import org.springframework.http.HttpStatus;

/**
 * An uploaded Word template that is refused, with why (message keys
 * {@code contribution.template.error.<reason>}).
 */
public class TemplateDocumentException extends UploadRefusedException {

	/** Why a file is refused. */
	public enum Reason {

		/** Larger than the upload limit. */
		TOO_LARGE,

		/**
		 * Not a zip, or a zip that is not a Word document (.doc, .xlsx, a renamed file).
		 */
		NOT_A_DOCX,

		/** A macro-enabled document (.docm, or a docx with a VBA project). */
		MACROS,

		/** A document type declaration or entity: the way to external entities (XXE). */
		ENTITIES,

		/**
		 * Content fetched from elsewhere: a remote template, frame, picture or object.
		 */
		EXTERNAL_CONTENT,

		/** Unpacks to more than the limits: a zip bomb, or simply too much. */
		UNPACKS_TOO_LARGE,

		/** A damaged or truncated file, or XML that does not parse. */
		MALFORMED,

		/** A Word document without a table: not a filled template. */
		NO_TABLE;

		HttpStatus status() {
			return switch (this) {
				case TOO_LARGE, UNPACKS_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
				case NOT_A_DOCX, MACROS -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
				case ENTITIES, EXTERNAL_CONTENT, MALFORMED, NO_TABLE -> HttpStatus.BAD_REQUEST;
			};
		}

	}

	private final Reason reason;

	TemplateDocumentException(Reason reason, Object... arguments) {
		this(reason, null, arguments);
	}

	TemplateDocumentException(Reason reason, Throwable cause, Object... arguments) {
		super("contribution.template.error.", reason, reason.status(), cause, arguments);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
