package org.sstc.catalogue.contribution;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An uploaded photo that is refused, with why. Its message is for the person who sent it:
 * resolve it with {@code messageSource.getMessage(exception, locale)} (keys
 * {@code contribution.photo.error.<reason>}). {@link #status()} is the HTTP status to
 * answer with. An {@link ErrorResponseException}, so that one left unhandled still gets
 * its 4xx and the catalogue's error page, never a 500.
 */
public class PhotoRejectedException extends ErrorResponseException implements MessageSourceResolvable {

	/** Why a photo is refused, and the HTTP status that says it. */
	public enum Reason {

		/** Larger than the upload limit. */
		TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),

		/** Not a JPEG or PNG by its content, whatever its name says. */
		NOT_AN_IMAGE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),

		/**
		 * Declares more pixels than allowed (a decompression bomb, or simply too big).
		 */
		TOO_MANY_PIXELS(HttpStatus.CONTENT_TOO_LARGE),

		/** A JPEG or PNG that does not decode: damaged, or a variant Java cannot read. */
		UNREADABLE(HttpStatus.BAD_REQUEST);

		private final HttpStatus status;

		Reason(HttpStatus status) {
			this.status = status;
		}

		public HttpStatus status() {
			return this.status;
		}

		/** The message key that explains this reason to the person who sent the photo. */
		public String messageKey() {
			return "contribution.photo.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final Reason reason;

	private final Object[] arguments;

	PhotoRejectedException(Reason reason, Object... arguments) {
		this(reason, null, arguments);
	}

	PhotoRejectedException(Reason reason, Throwable cause, Object... arguments) {
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
