package org.sstc.catalogue.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * A person at a browser, without the browser: keeps its cookies (session, CSRF) across
 * requests, reads pages and submits their forms with the values a browser would send.
 */
public final class StaffBrowser {

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private final int port;

	public StaffBrowser(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public record Page(int status, String location, String body) {

		public Document document() {
			return Jsoup.parse(this.body);
		}

	}

	public static StaffBrowser signedIn(int port, String username, String password) {
		StaffBrowser browser = new StaffBrowser(port);
		Page result = browser.signIn(username, password);
		if (result.status() != 302 || result.location() == null || result.location().contains("/login")) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + result);
		}
		return browser;
	}

	public Page signIn(String username, String password) {
		Page login = get("/login");
		return submit(login, "form[action$=/login]", Map.of("username", username, "password", password), null);
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	/** Follows redirects, as a browser does, and returns the page it ends on. */
	public Page follow(Page page) {
		Page current = page;
		for (int i = 0; i < 5 && current.status() / 100 == 3; i++) {
			current = get(
					URI.create(current.location()).getRawPath() + (URI.create(current.location()).getRawQuery() != null
							? "?" + URI.create(current.location()).getRawQuery() : ""));
		}
		return current;
	}

	/**
	 * Submits the form the selector finds, with the values its fields hold, changed by
	 * {@code changes}; {@code button} is the name=value of the submit button pressed, or
	 * null.
	 */
	public Page submit(Page page, String formSelector, Map<String, String> changes, String button) {
		FormElement form = (FormElement) page.document().selectFirst(formSelector);
		if (form == null) {
			throw new IllegalStateException("No form " + formSelector + " in " + page.body());
		}
		Map<String, List<String>> values = new LinkedHashMap<>();
		form.formData()
			.forEach((value) -> values.computeIfAbsent(value.key(), (k) -> new ArrayList<>()).add(value.value()));
		changes.forEach((name, value) -> values.put(name, new ArrayList<>(List.of(value))));
		if (button != null) {
			String[] pair = button.split("=", 2);
			values.put(pair[0], List.of(pair[1]));
		}
		return post(form.attr("action"), values);
	}

	public Page post(String path, Map<String, List<String>> values) {
		String body = values.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue().stream().map((value) -> encode(entry.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * A POST with this session's CSRF token, taken from a page's form, as a button in
	 * that page would send.
	 */
	public Page postWithToken(String path, String tokenFromPath) {
		String token = get(tokenFromPath).document().select("input[name=_csrf]").attr("value");
		return post(path, Map.of("_csrf", List.of(token)));
	}

	/** A download: its status, its content type, its other headers and its bytes. */
	public record Download(int status, String contentType, String disposition, byte[] body,
			java.net.http.HttpHeaders headers) {

		/** The first value of a header, or null. */
		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

	public Download download(String path) {
		try {
			HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					response.headers().firstValue("Content-Disposition").orElse(null), response.body(),
					response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends a file as a browser sends a form with a file input
	 * ({@code multipart/form-data}) to the address given (with its query, where a form
	 * carries its CSRF token).
	 */
	public Page upload(String path, String field, String fileName, byte[] content) {
		String boundary = "----staff-browser-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/zip\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/**
	 * Submits a form with a file input as a browser does ({@code multipart/form-data}):
	 * the values its fields hold, changed by {@code changes}, and the file (none when
	 * {@code fileName} is null).
	 */
	public Page submitMultipart(Page page, String formSelector, Map<String, String> changes, String fileField,
			String fileName, byte[] content) {
		FormElement form = (FormElement) page.document().selectFirst(formSelector);
		if (form == null) {
			throw new IllegalStateException("No form " + formSelector + " in " + page.body());
		}
		Map<String, String> values = new LinkedHashMap<>();
		form.formData()
			.stream()
			.filter((value) -> !value.key().equals(fileField))
			.forEach((value) -> values.put(value.key(), value.value()));
		values.putAll(changes);
		return multipart(form.attr("action"), values, fileField, fileName, content);
	}

	/**
	 * Sends fields and a file ({@code multipart/form-data}) to the address given; no file
	 * when {@code fileName} is null (as a browser sends an empty file input).
	 */
	public Page multipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
		String boundary = "----staff-browser-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ ((fileName != null) ? fileName : "") + "\"\r\nContent-Type: "
				+ ((fileName != null) ? "image/jpeg" : "application/octet-stream") + "\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		if (fileName != null) {
			body.writeBytes(content);
		}
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** The value of a cookie this browser holds, or null. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
