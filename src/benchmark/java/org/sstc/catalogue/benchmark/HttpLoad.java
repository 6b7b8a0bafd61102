package org.sstc.catalogue.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import org.sstc.catalogue.benchmark.ClosedLoop.Outcome;
import org.sstc.catalogue.benchmark.Measurement.Target;

/**
 * The catalogue's side of the measurements: searches of the pool against the API or the search page, or one static
 * file, over HTTP/1.1 with keep-alive (one connection per client, as browsers and most API clients talk to Tomcat).
 */
final class HttpLoad {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);


	private final CatalogueServer server;

	private final boolean gzip;

	private final Supplier<MachineLoad> machine;

	HttpLoad(CatalogueServer server, boolean gzip, Supplier<MachineLoad> machine) {
		this.server = server;
		this.gzip = gzip;
		this.machine = machine;
	}

	/** Searches, each a different one, from the cursor. */
	Measurement searches(Target target, int clients, Duration duration, SearchPool.Cursor cursor) throws Exception {
		String base = (target == Target.API) ? "/api/practices" : "/practices";
		String accept = (target == Target.API) ? "application/json" : "text/html";
		HttpClient http = client();
		return ClosedLoop.run(target, clients, duration,
				(client) -> () -> send(http, request(cursor.next().path(base), accept)), this.machine);
	}

	/** The same static file again and again: the floor of what this server can answer. */
	Measurement staticFile(String path, int clients, Duration duration) throws Exception {
		HttpClient http = client();
		HttpRequest request = request(path, "text/css,*/*");
		return ClosedLoop.run(Target.STATIC, clients, duration, (client) -> () -> send(http, request), this.machine);
	}

	private Outcome send(HttpClient http, HttpRequest request) throws InterruptedException {
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200 || response.body().length == 0) {
				return Outcome.failed(request.uri().getRawPath() + "?" + request.uri().getRawQuery() + " answered "
						+ response.statusCode());
			}
			return Outcome.success();
		}
		catch (IOException ex) {
			return Outcome.failed(request.uri().getRawPath() + "?" + request.uri().getRawQuery() + ": " + ex);
		}
	}

	private HttpRequest request(String pathAndQuery, String accept) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.server.uri(pathAndQuery))
			.timeout(REQUEST_TIMEOUT)
			.header("Accept", accept);
		if (this.gzip) {
			builder.header("Accept-Encoding", "gzip");
		}
		return builder.GET().build();
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

}
