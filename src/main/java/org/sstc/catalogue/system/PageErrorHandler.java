package org.sstc.catalogue.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages for the HTML pages: the same layout, a message a person understands, never
 * a stack trace. The features say what went wrong with {@link ErrorResponseException}s (a
 * status, headers, and message keys for the page), so that this handler knows none of
 * them.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

	@ExceptionHandler(ErrorResponseException.class)
	ModelAndView errorResponse(ErrorResponseException ex, HttpServletResponse response) {
		response.setStatus(ex.getStatusCode().value());
		ex.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		if (ex.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
			return new ModelAndView("error/404");
		}
		if (ex.getStatusCode().value() == HttpStatus.BAD_REQUEST.value()) {
			return new ModelAndView("error/400").addObject("detail", ex.getBody().getDetail());
		}
		return new ModelAndView("error/problem").addObject("titleCode", ex.getTitleMessageCode())
			.addObject("detailCode", ex.getDetailMessageCode());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response) {
		return errorResponse(
				new InvalidParameterException(ex.getName(), String.valueOf(ex.getValue()), "a whole number"), response);
	}

}
