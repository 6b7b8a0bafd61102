package org.sstc.catalogue.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A browser at a client address of the test's choosing: requests go through the whole
 * running application (every servlet filter, Spring Session on the real PostgreSQL,
 * Spring Security) by MockMvc, which lets a test say where a request comes from as Tomcat
 * would after a trusted proxy. Keeps its cookies as a browser does.
 */
final class AddressedBrowser {

	private final MockMvc mvc;

	private final String address;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final List<String> setCookieHeaders = new ArrayList<>();

	/** One MockMvc for all: it holds no per-browser state. */
	static MockMvc application(WebApplicationContext context) {
		DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
		SpringBootMockMvcBuilderCustomizer filters = new SpringBootMockMvcBuilderCustomizer(context);
		filters.setPrint(MockMvcPrint.NONE);
		filters.customize(builder);
		return builder.build();
	}

	AddressedBrowser(MockMvc mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	/** The same browser at another address (a laptop taken elsewhere): same cookies. */
	AddressedBrowser at(String otherAddress) {
		AddressedBrowser moved = new AddressedBrowser(this.mvc, otherAddress);
		moved.cookies.putAll(this.cookies);
		return moved;
	}

	/**
	 * An answer as a client sees it.
	 *
	 * @param setCookies the names of the cookies the answer sets, in order
	 */
	record Answer(int status, String location, List<String> setCookies, String body) {
	}

	Answer get(String path) {
		return send(MockMvcRequestBuilders.get(path));
	}

	/** Opens the sign-in page and sends its form, as a person would. */
	Answer signIn(String username, String password) {
		String token = csrfToken("/login");
		return send(MockMvcRequestBuilders.post("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", username)
			.param("password", password)
			.param("_csrf", token));
	}

	/** The session ends (the browser was closed); the known-device cookie stays. */
	void closeSession() {
		this.cookies.remove("JSESSIONID");
	}

	/** Every Set-Cookie header this browser has received, as sent. */
	List<String> setCookieHeaders() {
		return this.setCookieHeaders;
	}

	boolean hasCookie(String name) {
		return this.cookies.containsKey(name);
	}

	String csrfToken(String page) {
		Answer answer = get(page);
		return Jsoup.parse(answer.body()).select("input[name=_csrf]").attr("value");
	}

	private Answer send(MockHttpServletRequestBuilder request) {
		request.with((mock) -> {
			mock.setRemoteAddr(this.address);
			return mock;
		});
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.entrySet()
				.stream()
				.map((cookie) -> new Cookie(cookie.getKey(), cookie.getValue()))
				.toArray(Cookie[]::new));
		}
		try {
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			List<String> set = response.getHeaders(HttpHeaders.SET_COOKIE);
			set.forEach(this::keep);
			this.setCookieHeaders.addAll(set);
			return new Answer(response.getStatus(), response.getRedirectedUrl(),
					set.stream().map((cookie) -> cookie.substring(0, cookie.indexOf('='))).toList(),
					response.getContentAsString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void keep(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		String name = pair.substring(0, pair.indexOf('='));
		String value = pair.substring(pair.indexOf('=') + 1);
		if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

}
