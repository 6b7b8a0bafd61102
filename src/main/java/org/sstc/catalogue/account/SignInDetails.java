package org.sstc.catalogue.account;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a sign-in attempt brings besides the name and password: the client address (as
 * Tomcat gives it, after any trusted proxy's X-Forwarded-For) and the known-device
 * cookie. The cookie is transient: the details stay in the signed-in session, which is
 * stored in the database, and the cookie has no business there.
 */
class SignInDetails extends WebAuthenticationDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient String knownDeviceCookie;

	SignInDetails(HttpServletRequest request) {
		super(request);
		this.knownDeviceCookie = KnownDevices.cookie(request);
	}

	String knownDeviceCookie() {
		return this.knownDeviceCookie;
	}

}
