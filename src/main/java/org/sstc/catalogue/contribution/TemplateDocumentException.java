package org.sstc.catalogue.contribution;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An uploaded Word template that is refused, with why. Its message is for the person who
 * sent it: resolve it with {@code messageSource.getMessage(exception, locale)} (keys
 * {@code contribution.template.error.<reason>}); it never holds anything read from the
 * file. {@link #status()} is the HTTP status to answer with. An
 * {@link ErrorResponseException}, so that one left unhandled still gets its 4xx and the
 * catalogue's error page, never a 500.
 */
public class TemplateDocumentException extends ErrorResponseException implements MessageSourceResolvable {

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

	private final Object[] arguments;

	TemplateDocumentException(Reason reason, Object... arguments) {
		this(reason, null, arguments);
	}

	TemplateDocumentException(Reason reason, Throwable cause, Object... arguments) {
		super(reason.status(), ProblemDetail.forStatus(reason.status()), cause, reason.messageKey(), arguments);
		this.reason = reason;
		this.arguments = arguments.clone();
	}

	/** The message key: the message is for people, through the bundles. */
	@Override
	public String getMessage() {
		return this.reason.messageKey();
	}

	public Reason reason() {
		return this.reason;
	}

	/** 400, 413 or 415: see {@link Reason}. */
	public HttpStatus status() {
		return this.reason.status();
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.reason.messageKey() };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
