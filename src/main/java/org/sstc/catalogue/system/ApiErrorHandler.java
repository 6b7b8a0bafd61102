package org.sstc.catalogue.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sstc.catalogue.practice.InvalidParameterException;
import org.sstc.catalogue.practice.PracticeNotFoundException;
import org.sstc.catalogue.search.SearchUnavailableException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** JSON errors for the API: a status and a message a client can show, never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiErrorHandler.class);

	record ApiError(int status, String error, String message) {

		static ResponseEntity<ApiError> of(HttpStatus status, String message) {
			return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message));
		}

	}

	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ApiError> invalidParameter(InvalidParameterException ex) {
		return ApiError.of(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return ApiError.of(HttpStatus.BAD_REQUEST, new InvalidParameterException(ex.getName(),
				String.valueOf(ex.getValue()), "a whole number").getMessage());
	}

	@ExceptionHandler(PracticeNotFoundException.class)
	ResponseEntity<ApiError> notFound(PracticeNotFoundException ex) {
		return ApiError.of(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(SearchUnavailableException.class)
	ResponseEntity<ApiError> searchUnavailable(SearchUnavailableException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(SearchUnavailableException.RETRY_AFTER_SECONDS))
			.body(new ApiError(503, HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(), ex.getMessage()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception ex) {
		logger.error("API request failed", ex);
		return ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, "The catalogue could not answer this request.");
	}

}
