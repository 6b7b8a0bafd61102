package org.sstc.catalogue.system;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error that reaches {@code /error}: what no handler of the application
 * answered (an address nothing answers, a method an address does not take, a request
 * whose parameters Tomcat could not decode, a page's 503 from
 * {@link DatabaseOutageFilter}). Pages get the error page in the site's layout; the API,
 * and any client that does not take HTML, get JSON, whatever they asked for (Spring
 * Boot's own controller answered them with an empty body or an HTML page).
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class CatalogueErrorController extends AbstractErrorController {

	private final JsonMapper json;

	CatalogueErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers,
			JsonMapper json) {
		super(errorAttributes, errorViewResolvers);
		this.json = json;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		notFoundWhenAskedFor(request);
		HttpStatus status = getStatus(request);
		Map<String, Object> attributes = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		response.setStatus(status.value());
		if (forApi(request)) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), attributes);
			return null;
		}
		ModelAndView view = resolveErrorView(request, response, status, attributes);
		return (view != null) ? view : new ModelAndView("error", attributes);
	}

	/**
	 * With the content type set here Spring MVC writes JSON even for a client that
	 * accepts only, say, images.
	 */
	@RequestMapping
	ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
		notFoundWhenAskedFor(request);
		HttpStatus status = getStatus(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(getErrorAttributes(request, ErrorAttributeOptions.defaults()));
	}

	/**
	 * {@code /error} asked for by its own address, not reached by an error: there is no
	 * error to tell of, and no page there (it was a 500 with a status of 999).
	 */
	private static void notFoundWhenAskedFor(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		}
	}

	private static boolean forApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString().substring(request.getContextPath().length()) : "";
		return path.equals("/api") || path.startsWith("/api/");
	}

}
