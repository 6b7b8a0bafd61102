package org.sstc.catalogue.system;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sstc.catalogue.system.CatalogueVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * HTTP caching of the public pages and API: every anonymous answer carries an ETag made
 * of the catalogue's version (the same on every instance), the interface language and the
 * application's build, with {@code Cache-Control:
 * no-cache}, so that browsers and any proxy keep it and ask again with
 * {@code If-None-Match}; while nothing changed, the answer is a 304 without computing
 * anything. Staff (anyone with a session or credentials) and language switches are left
 * alone.
 */
@Component
class ConditionalRequests extends OncePerRequestFilter {

	/**
	 * The pages, the API, and what other tools fetch again and again: feeds, exports, the
	 * sitemap and the OpenSearch description and suggestions (not OAI-PMH, whose answers
	 * carry the time they were made).
	 */
	private static final Set<String> PATHS = Set.of("/", "/practices", "/api/practices", "/api/suggest",
			"/practices.atom", "/practices.csv", "/practices.ris", "/practices.bib", "/practices.json", "/sitemap.xml",
			"/opensearch.xml", "/opensearch/suggestions");

	private static final List<String> PATH_PREFIXES = List.of("/practices/", "/api/practices/");

	private final CatalogueVersion version;

	private final LocaleResolver localeResolver;

	private final String build;

	ConditionalRequests(CatalogueVersion version, LocaleResolver localeResolver,
			ObjectProvider<BuildProperties> buildProperties) {
		this.version = version;
		this.localeResolver = localeResolver;
		// a new build may render the same catalogue differently; without build
		// information, each start counts as one
		Instant built = Optional.ofNullable(buildProperties.getIfAvailable())
			.map(BuildProperties::getTime)
			.orElseGet(Instant::now);
		this.build = Long.toString(built.toEpochMilli(), 36);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !isPublic(request)
				|| request.getParameter(LanguageConfiguration.PARAMETER) != null
				|| request.getRequestedSessionId() != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
	}

	private static boolean isPublic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PATHS.contains(path) || PATH_PREFIXES.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> current = this.version.current();
		if (current.isPresent()) {
			String etag = "W/\"" + current.get() + "-" + this.localeResolver.resolveLocale(request).toLanguageTag()
					+ "-" + this.build + "\"";
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE);
			if (new ServletWebRequest(request, response).checkNotModified(etag)) {
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
