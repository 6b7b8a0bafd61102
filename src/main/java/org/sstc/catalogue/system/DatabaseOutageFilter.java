package org.sstc.catalogue.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} when a request fails because PostgreSQL cannot be
 * used, whatever threw: a page controller, the staff area, a filter (the security chain,
 * a session store), the view. The outermost filter, so it sees all of them. The API gets
 * its JSON error; pages go to the error page in the site's layout ({@code error/503}),
 * which needs no database.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	private final DatabaseOutage outage;

	private final JsonMapper json;

	DatabaseOutageFilter(DatabaseOutage outage, JsonMapper json) {
		this.outage = outage;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted() || !this.outage.explains(ex)) {
				throw ex;
			}
			answerUnavailable(request, response);
		}
	}

	private void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// the buffer only: the security headers already written stay
		response.resetBuffer();
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
		if (isApi(request)) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(),
					new ApiErrorHandler.ApiError(HttpStatus.SERVICE_UNAVAILABLE.value(),
							HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(), DatabaseOutage.MESSAGE));
		}
		else {
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

}
