package org.sstc.catalogue.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sstc.catalogue.practice.PracticeChangedEvent;
import org.sstc.catalogue.search.SearchIndexRebuiltEvent;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers anonymous visitors' repeated requests for public pages and the public API from memory, until the catalogue
 * next changes. A search page costs milliseconds of CPU (the Lucene query, six facet counts, snippets, rendering);
 * the same answer from here costs a few microseconds, which is what lets two cores serve many readers at once.
 *
 * <p>Answers are kept per address, query string and interface language, gzip-compressed (and decompressed for the
 * rare client that does not accept gzip). Any change that staff commit, and any rebuild of the search index, starts a
 * new generation: an answer computed while a change was being committed is never kept. Staff (anyone with a
 * session), language switches (which set a cookie), errors and answers that set cookies always go to the
 * application. The filter runs after Spring Security's, so every answer still gets the security headers.
 */
@Component
class PublicPageCache extends OncePerRequestFilter {

	/** Says whether an answer came from the cache ({@code hit}) or was computed and kept ({@code miss}). */
	static final String HEADER = "X-Catalogue-Cache";

	private static final Set<String> PATHS = Set.of("/", "/practices", "/api/practices", "/api/suggest");

	private static final List<String> PATH_PREFIXES = List.of("/practices/", "/api/practices/");

	/** Larger answers are not kept: no public page comes near this. */
	private static final int MAX_ANSWER_BYTES = 2 * 1024 * 1024;

	private final PageCacheProperties properties;

	private final LocaleResolver localeResolver;

	private final AtomicLong generation = new AtomicLong();

	private final Cache<Key, Answer> answers;

	PublicPageCache(PageCacheProperties properties, LocaleResolver localeResolver) {
		this.properties = properties;
		this.localeResolver = localeResolver;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((Key key, Answer answer) -> answer.weight())
			// maintenance on the calling thread: no hand-off to the common pool, which has one thread on two cores
			.executor(Runnable::run)
			.build();
	}

	private record Key(String path, String query, String language) {
	}

	private record Answer(long generation, String contentType, Locale locale, byte[] gzipped) {

		int weight() {
			return this.gzipped.length + 200;
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.properties.enabled() || !"GET".equals(request.getMethod()) || !isPublic(request)
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
		Key key = new Key(request.getRequestURI(), request.getQueryString(),
				this.localeResolver.resolveLocale(request).toLanguageTag());
		long current = this.generation.get();
		Answer kept = this.answers.getIfPresent(key);
		if (kept != null && kept.generation() == current) {
			send(kept, request, response);
			return;
		}
		Computed computed = new Computed(response);
		computed.setHeader(HEADER, "miss");
		chain.doFilter(request, computed);
		if (isKeepable(computed) && this.generation.get() == current) {
			this.answers.put(key, new Answer(current, computed.getContentType(), computed.locale,
					gzip(computed.getContentInputStream())));
		}
		computed.copyBodyToResponse();
	}

	/** The answer as the application writes it, with the language it was written in (sent as Content-Language). */
	private static final class Computed extends ContentCachingResponseWrapper {

		private Locale locale;

		Computed(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			this.locale = locale;
			super.setLocale(locale);
		}

	}

	private static boolean isKeepable(ContentCachingResponseWrapper response) {
		return response.getStatus() == HttpServletResponse.SC_OK && response.getContentType() != null
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				&& response.getContentSize() <= MAX_ANSWER_BYTES;
	}

	private static void send(Answer answer, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		if (answer.locale() != null) {
			response.setLocale(answer.locale());
		}
		response.setContentType(answer.contentType());
		response.setHeader(HEADER, "hit");
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		byte[] body = answer.gzipped();
		if (acceptsGzip(request)) {
			// Tomcat leaves an answer that already has a content encoding as it is
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		else {
			body = gunzip(body);
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
	}

	private static byte[] gzip(InputStream content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			content.transferTo(out);
		}
		return bytes.toByteArray();
	}

	private static byte[] gunzip(byte[] gzipped) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Last of the listeners, so that answers computed afterwards use what the others (facet labels) refreshed. */
	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void onPracticeChanged(PracticeChangedEvent event) {
		startNewGeneration();
	}

	@EventListener
	void onIndexRebuilt(SearchIndexRebuiltEvent event) {
		startNewGeneration();
	}

	private void startNewGeneration() {
		this.generation.incrementAndGet();
		this.answers.invalidateAll();
	}

}
