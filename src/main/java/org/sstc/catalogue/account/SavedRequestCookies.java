package org.sstc.catalogue.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * The address a visitor was going to when sent to sign in, kept in a cookie rather than
 * in a session (which would make a session, and a row of PostgreSQL, for every anonymous
 * request to a staff address). Spring Security's cookie, made {@code Secure} by the same
 * setting as the catalogue's other cookies ({@code server.servlet.session.cookie.secure},
 * else when the request came over TLS) and {@code SameSite=Lax} as the session's.
 */
final class SavedRequestCookies extends CookieRequestCache {

	private final Boolean secure;

	/**
	 * @param secure whether the cookie is {@code Secure}; null: as the request is
	 */
	SavedRequestCookies(Boolean secure) {
		this.secure = secure;
	}

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		super.saveRequest(request, settled(response));
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		super.removeRequest(request, settled(response));
	}

	private HttpServletResponse settled(HttpServletResponse response) {
		return new HttpServletResponseWrapper(response) {

			@Override
			public void addCookie(Cookie cookie) {
				if (SavedRequestCookies.this.secure != null) {
					cookie.setSecure(SavedRequestCookies.this.secure);
				}
				cookie.setAttribute("SameSite", "Lax");
				super.addCookie(cookie);
			}

		};
	}

}
