package org.sstc.catalogue.contribution;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * An uploaded Word template that is refused, with why (message keys
 * {@code contribution.template.error.<reason>}).
 */
public class TemplateDocumentException extends UploadRefusedException {

	/** Why a file is refused, and the HTTP status that says it. */
	public enum Reason {

		/** Larger than the upload limit. */
		TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),

		/**
		 * Not a zip, or a zip that is not a Word document (.doc, .xlsx, a renamed file).
		 */
		NOT_A_DOCX(HttpStatus.UNSUPPORTED_MEDIA_TYPE),

		/** A macro-enabled document (.docm, or a docx with a VBA project). */
		MACROS(HttpStatus.UNSUPPORTED_MEDIA_TYPE),

		/** A document type declaration or entity: the way to external entities (XXE). */
		ENTITIES(HttpStatus.BAD_REQUEST),

		/**
		 * Content fetched from elsewhere: a remote template, frame, picture or object.
		 */
		EXTERNAL_CONTENT(HttpStatus.BAD_REQUEST),

		/** Unpacks to more than the limits: a zip bomb, or simply too much. */
		UNPACKS_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),

		/** A damaged or truncated file, or XML that does not parse. */
		MALFORMED(HttpStatus.BAD_REQUEST),

		/** A Word document without a table: not a filled template. */
		NO_TABLE(HttpStatus.BAD_REQUEST);

		private final HttpStatus status;

		Reason(HttpStatus status) {
			this.status = status;
		}

		public HttpStatus status() {
			return this.status;
		}

		/** The message key that explains this reason to the person who sent the file. */
		public String messageKey() {
			return "contribution.template.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final Reason reason;

	TemplateDocumentException(Reason reason, Object... arguments) {
		this(reason, null, arguments);
	}

	TemplateDocumentException(Reason reason, Throwable cause, Object... arguments) {
		super(reason.status(), reason.messageKey(), cause, arguments);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
