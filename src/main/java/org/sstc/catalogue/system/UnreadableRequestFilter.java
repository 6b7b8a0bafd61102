package org.sstc.catalogue.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads each request's parameters before any other filter or page does. A query string
 * that is not percent-encoded UTF-8, a malformed multipart body, more parameters than
 * allowed or a body over the limits make Tomcat throw from the first
 * {@code getParameter}, wherever that is (Spring Security's CSRF check, the language
 * switch, a controller): a client's mistake became a 500 on some addresses, and on the
 * others an error logged twice with its stack trace (once more while the error page read
 * the same parameters), which anyone could repeat to fill the log. Such a request is
 * answered here: 413 for a body over the limits, 400 otherwise, with the security headers
 * and one plain line, as Tomcat's own rejections are ({@link ContainerErrorReport}); the
 * API with its JSON error, as all its errors are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class UnreadableRequestFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(UnreadableRequestFilter.class);

	private final JsonMapper json;

	UnreadableRequestFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			HttpStatus status = tooLarge(ex) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
			logger.debug("{} {}: parameters unreadable ({})", request.getMethod(), request.getRequestURI(),
					ex.toString());
			SecurityHeaders.ON_EVERY_ANSWER.forEach(response::setHeader);
			response.setHeader("Cache-Control", "no-store");
			response.setStatus(status.value());
			String why = (status == HttpStatus.CONTENT_TOO_LARGE) ? "the request is too large"
					: "the parameters cannot be read";
			if (DatabaseOutageFilter.isApi(request)) {
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				this.json.writeValue(response.getOutputStream(), new ApiErrorHandler.ApiError(status.value(),
						status.getReasonPhrase(), "The request was refused: " + why + "."));
			}
			else {
				response.setContentType("text/plain;charset=UTF-8");
				response.getWriter().write(status.value() + " " + status.getReasonPhrase() + ": " + why + "\n");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean tooLarge(Throwable ex) {
		if (ex instanceof InvalidParameterException invalid
				&& invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
			return true;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SizeException) {
				return true;
			}
		}
		return false;
	}

}
