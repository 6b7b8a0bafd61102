package org.sstc.catalogue.contribution;

import org.springframework.http.HttpStatus;

/**
 * An uploaded photo that is refused, with why (message keys
 * {@code contribution.photo.error.<reason>}).
 */
public class PhotoRejectedException extends UploadRefusedException {

	/** Why a photo is refused. */
	public enum Reason {

		/** Larger than the upload limit. */
		TOO_LARGE,

		/** Not a JPEG or PNG by its content, whatever its name says. */
		NOT_AN_IMAGE,

		/**
		 * Declares more pixels than allowed (a decompression bomb, or simply too big).
		 */
		TOO_MANY_PIXELS,

		/** A JPEG or PNG that does not decode: damaged, or a variant Java cannot read. */
		UNREADABLE;

		HttpStatus status() {
			return switch (this) {
				case TOO_LARGE, TOO_MANY_PIXELS -> HttpStatus.CONTENT_TOO_LARGE;
				case NOT_AN_IMAGE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
				case UNREADABLE -> HttpStatus.BAD_REQUEST;
			};
		}

	}

	private final Reason reason;

	PhotoRejectedException(Reason reason, Object... arguments) {
		this(reason, null, arguments);
	}

	PhotoRejectedException(Reason reason, Throwable cause, Object... arguments) {
		super("contribution.photo.error.", reason, reason.status(), cause, arguments);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
