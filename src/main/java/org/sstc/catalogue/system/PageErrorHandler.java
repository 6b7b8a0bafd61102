package org.sstc.catalogue.system;

import org.sstc.catalogue.practice.InvalidParameterException;
import org.sstc.catalogue.practice.PracticeNotFoundException;
import org.sstc.catalogue.search.SearchUnavailableException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Error pages for the HTML pages: the same layout, a message a person understands, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

	@ExceptionHandler(PracticeNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound() {
		return new ModelAndView("error/404");
	}

	@ExceptionHandler(InvalidParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView invalidParameter(InvalidParameterException ex) {
		return new ModelAndView("error/400").addObject("detail", ex.getMessage());
	}

	@ExceptionHandler(SearchUnavailableException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	ModelAndView searchUnavailable(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(SearchUnavailableException.RETRY_AFTER_SECONDS));
		return new ModelAndView("error/search-unavailable");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalidParameter(
				new InvalidParameterException(ex.getName(), String.valueOf(ex.getValue()), "a whole number"));
	}

}
