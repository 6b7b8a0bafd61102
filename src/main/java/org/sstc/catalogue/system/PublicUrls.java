package org.sstc.catalogue.system;

import java.net.URI;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The absolute addresses the catalogue writes into what it serves: the JSON API's
 * {@code url} of a practice, and the home of any feed, sitemap or harvesting interface to
 * come. They start from {@code catalogue.base-url}, never from the request: its
 * {@code Host} header is whatever the client chose, and an answer is kept and served to
 * others (one request with {@code Host: attacker.example} used to put that host into
 * every later visitor's answer).
 *
 * <p>
 * Without {@code catalogue.base-url}, the address the server listens on
 * ({@code http://localhost:8080}), which is right for a local run and says so in the log
 * at start-up.
 */
@Component
@EnableConfigurationProperties(PublicUrlProperties.class)
public class PublicUrls {

	private static final Logger logger = LoggerFactory.getLogger(PublicUrls.class);

	private final String configured;

	private final Environment environment;

	private volatile String local;

	PublicUrls(PublicUrlProperties properties, Environment environment) {
		this.configured = (properties.baseUrl() != null) ? checked(properties.baseUrl()) : null;
		this.environment = environment;
		this.local = local(environment.getProperty("server.port", Integer.class, 8080));
	}

	/**
	 * The absolute address of a path of the catalogue, with its {@code {variables}}
	 * expanded and encoded whole (a {@code /} in a value does not start a new segment).
	 */
	public String to(String pathTemplate, Object... variables) {
		return UriComponentsBuilder.fromUriString(base())
			.path(pathTemplate)
			.encode()
			.buildAndExpand(variables)
			.toUriString();
	}

	/** The address every absolute link starts with, without a trailing slash. */
	public String base() {
		return (this.configured != null) ? this.configured : this.local;
	}

	@EventListener
	void onServerStarted(WebServerInitializedEvent event) {
		// the application's own server, not a management server on another port
		if (event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		this.local = local(event.getWebServer().getPort());
		if (this.configured == null) {
			logger.warn("catalogue.base-url is not set, so the absolute links the catalogue writes (the API's url of a "
					+ "practice) start with {}, which works on this machine only. Where others use the catalogue, set "
					+ "CATALOGUE_BASE_URL to its public address, e.g. https://sstc.example.org.", this.local);
		}
	}

	private String local(int port) {
		String address = this.environment.getProperty("server.address");
		String host = (!StringUtils.hasText(address) || address.equals("0.0.0.0") || address.equals("::")) ? "localhost"
				: (address.contains(":") ? "[" + address + "]" : address);
		return "http://" + host + ":" + port + this.environment.getProperty("server.servlet.context-path", "");
	}

	private static String checked(URI baseUrl) {
		String scheme = (baseUrl.getScheme() != null) ? baseUrl.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null
				|| baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null
				|| baseUrl.getRawUserInfo() != null) {
			throw new IllegalArgumentException("catalogue.base-url must be the catalogue's public address, such as "
					+ "https://sstc.example.org (http or https, a host, maybe a path; no query, fragment or user), "
					+ "not '" + baseUrl + "'");
		}
		return baseUrl.toString().replaceAll("/+$", "");
	}

}
