package org.sstc.catalogue.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * JSON errors for the API: a status and a message a client can show, never a stack trace,
 * whatever the request's {@code Accept} header says.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiErrorHandler.class);

	private final DatabaseOutage outage;

	ApiErrorHandler(DatabaseOutage outage) {
		this.outage = outage;
	}

	record ApiError(int status, String error, String message) {

		static ResponseEntity<ApiError> of(HttpStatusCode status, String message) {
			return of(status, HttpHeaders.EMPTY, message);
		}

		/**
		 * Always JSON: with the content type set here Spring MVC skips content
		 * negotiation, so a client that asked only for HTML or an image still learns what
		 * was wrong (before, the error could not be written for it, and a bad parameter
		 * became a 500 with a stack trace in the log).
		 */
		static ResponseEntity<ApiError> of(HttpStatusCode status, HttpHeaders headers, String message) {
			HttpStatus known = HttpStatus.resolve(status.value());
			return ResponseEntity.status(status)
				.headers(headers)
				.contentType(MediaType.APPLICATION_JSON)
				.body(new ApiError(status.value(), (known != null) ? known.getReasonPhrase() : "Error", message));
		}

	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(TypeMismatchException ex) {
		return ApiError.of(HttpStatus.BAD_REQUEST,
				new InvalidParameterException(ex.getPropertyName(), String.valueOf(ex.getValue()), "a whole number")
					.getMessage());
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return ApiError.of(HttpStatus.NOT_ACCEPTABLE,
				"The API answers in JSON only: accept application/json (or */*).");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception ex) {
		if (this.outage.explains(ex)) {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
			return ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, headers, DatabaseOutage.MESSAGE);
		}
		if (ex instanceof ErrorResponse known) {
			// the catalogue's errors (a bad parameter, an unknown practice, search being
			// prepared) and Spring MVC's own
			// (a missing parameter, a method not allowed, ...): their status, their
			// headers (Retry-After, Allow, ...),
			// their message
			return ApiError.of(known.getStatusCode(), known.getHeaders(), known.getBody().getDetail());
		}
		logger.error("API request failed", ex);
		return ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, "The catalogue could not answer this request.");
	}

}
