package org.sstc.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running catalogue over real HTTP, as a browser or an API client would. */
public final class CatalogueClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	public CatalogueClient(int port) {
		this.port = port;
	}

	public record Response(int status, String contentType, String body, HttpHeaders headers) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	public Response get(String pathAndQuery) {
		return get(pathAndQuery, "*/*");
	}

	/**
	 * Optionally with more request headers, as name and value pairs:
	 * {@code "Accept-Language", "fr"}.
	 */
	public Response get(String pathAndQuery, String accept, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pathAndQuery))
			.header("Accept", accept)
			.GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
