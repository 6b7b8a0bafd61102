package org.sstc.catalogue.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload beyond the multipart limits ({@code spring.servlet.multipart.*}) gets a page
 * that says so (HTTP 413) rather than an error. The limit is met before any controller is
 * chosen, so this advice applies to every request.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeHandler {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletResponse response) {
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		return new ModelAndView("error/413");
	}

}
