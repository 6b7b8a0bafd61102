package org.sstc.catalogue.system;

import java.util.Map;

/**
 * The security headers that every answer carries, in one place: Spring Security's header
 * writers put them on the application's answers, {@link ContainerErrorReport} on the
 * answers Tomcat gives by itself, and a test checks that both say the same.
 */
public final class SecurityHeaders {

	/** Scripts and styles only from the catalogue itself: no inline script can run. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The names and values of the headers, as written on every answer. */
	public static final Map<String, String> ON_EVERY_ANSWER = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
			"X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy",
			"strict-origin-when-cross-origin");

	private SecurityHeaders() {
	}

}
