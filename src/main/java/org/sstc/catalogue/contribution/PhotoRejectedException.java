package org.sstc.catalogue.contribution;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * An uploaded photo that is refused, with why (message keys
 * {@code contribution.photo.error.<reason>}).
 */
public class PhotoRejectedException extends UploadRefusedException {

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

	PhotoRejectedException(Reason reason, Object... arguments) {
		this(reason, null, arguments);
	}

	PhotoRejectedException(Reason reason, Throwable cause, Object... arguments) {
		super(reason.status(), reason.messageKey(), cause, arguments);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
