package org.sstc.catalogue.contribution;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An uploaded file that is refused, with why. Its message is for the person who sent it:
 * resolve it with {@code messageSource.getMessage(exception, locale)}; it never holds
 * anything read from the file. {@link #status()} is the HTTP status to answer with. An
 * {@link ErrorResponseException}, so that one left unhandled still gets its 4xx and the
 * catalogue's error page, never a 500.
 */
public abstract class UploadRefusedException extends ErrorResponseException implements MessageSourceResolvable {

	private final HttpStatus status;

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * Refused for a reason whose message key is the prefix and the reason's name in lower
	 * case, its words joined by hyphens ({@code contribution.photo.error.too-large}).
	 */
	UploadRefusedException(String messagePrefix, Enum<?> reason, HttpStatus status, Throwable cause,
			Object... arguments) {
		this(status, messagePrefix + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'), cause, arguments);
	}

	private UploadRefusedException(HttpStatus status, String messageKey, Throwable cause, Object... arguments) {
		super(status, ProblemDetail.forStatus(status), cause, messageKey, arguments);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The message key: the message is for people, through the bundles. */
	@Override
	public String getMessage() {
		return this.messageKey;
	}

	/** 400, 413 or 415, as the reason says. */
	public HttpStatus status() {
		return this.status;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
