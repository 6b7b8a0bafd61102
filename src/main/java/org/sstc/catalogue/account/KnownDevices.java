package org.sstc.catalogue.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Known-device cookies (OWASP's "device cookies" against brute force without locking
 * people out): a browser that has signed in to an account carries a cookie that proves
 * it, signed with a key kept in the database. Its sign-ins to that account are counted by
 * a limit of its own, so strangers' failures never hold it back. A new cookie, with a new
 * device identity, is given at each successful sign-in; the cookie goes only to
 * {@code /login}.
 *
 * <p>
 * Value: {@code <device>.<issued epoch day>.<signature>}; the signature covers the
 * device, the day and the account's name, which the cookie itself does not reveal.
 */
@Component
class KnownDevices {

	static final String COOKIE = "catalogue-device";

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final SingletonSupplier<byte[]> key;

	private final Duration lifetime;

	private final Clock clock;

	/**
	 * Null: Secure when the request came over HTTPS, as Spring Session does for the
	 * session cookie.
	 */
	private final Boolean secure;

	KnownDevices(JdbcClient jdbc, SignInProperties properties, Clock clock, Environment environment) {
		this.key = SingletonSupplier.of(() -> sharedKey(jdbc));
		this.lifetime = properties.knownDeviceFor();
		this.clock = clock;
		this.secure = environment.getProperty("server.servlet.session.cookie.secure", Boolean.class);
	}

	/**
	 * The first instance to need the key makes it; every other instance reads that one.
	 */
	private byte[] sharedKey(JdbcClient jdbc) {
		byte[] candidate = new byte[32];
		this.random.nextBytes(candidate);
		jdbc.sql("insert into sign_in_secret (id, secret) values (1, :secret) on conflict (id) do nothing")
			.param("secret", candidate)
			.update();
		return jdbc.sql("select secret from sign_in_secret where id = 1").query(byte[].class).single();
	}

	/**
	 * The device this request's cookie proves for this account name, if it proves one.
	 */
	Optional<String> recognise(String cookie, String username) {
		if (cookie == null || username == null) {
			return Optional.empty();
		}
		String[] parts = cookie.split("\\.", -1);
		if (parts.length != 3 || parts[0].length() != 22 || !parts[1].matches("\\d{1,7}")) {
			return Optional.empty();
		}
		long issued = Long.parseLong(parts[1]);
		long today = this.clock.instant().getEpochSecond() / 86_400;
		if (today - issued > this.lifetime.toDays() || issued > today + 1) {
			return Optional.empty();
		}
		byte[] expected = sign(parts[0], parts[1], username).getBytes(StandardCharsets.US_ASCII);
		boolean valid = MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII));
		return valid ? Optional.of(parts[0]) : Optional.empty();
	}

	/**
	 * Gives the browser a new known-device cookie for the account it has just signed in
	 * to.
	 */
	void remember(HttpServletRequest request, HttpServletResponse response, String username) {
		byte[] device = new byte[16];
		this.random.nextBytes(device);
		String id = BASE64.encodeToString(device);
		String day = Long.toString(this.clock.instant().getEpochSecond() / 86_400);
		ResponseCookie cookie = ResponseCookie.from(COOKIE, id + "." + day + "." + sign(id, day, username))
			.path(request.getContextPath() + "/login")
			.maxAge(this.lifetime)
			.httpOnly(true)
			.secure((this.secure != null) ? this.secure : request.isSecure())
			// it is only ever needed by the sign-in form, which is on this site
			.sameSite("Strict")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	static String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	private String sign(String device, String day, String username) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(this.key.obtain(), ALGORITHM));
			String signed = device + "\n" + day + "\n" + username.strip().toLowerCase(Locale.ROOT);
			return BASE64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java has " + ALGORITHM, ex);
		}
	}

}
