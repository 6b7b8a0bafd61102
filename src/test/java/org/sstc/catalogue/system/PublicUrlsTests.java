package org.sstc.catalogue.system;

import java.net.URI;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The absolute URLs in answers come from configuration, never from a request: a client
 * that sends {@code Host: attacker.example}, or forwarded headers without being a trusted
 * proxy, changes nothing in the answer the next visitor gets (before, one such request
 * put its host into every later visitor's answer).
 */
@CatalogueTest
class PublicUrlsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext server;

	@ParameterizedTest
	@ValueSource(strings = { "Host: attacker.example", "Host: attacker.example:8443",
			"X-Forwarded-Host: attacker.example\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 443",
			"Forwarded: host=attacker.example;proto=https", "X-Forwarded-Server: attacker.example" })
	void aRequestsHostNeverReachesTheUrlsOthersAreServed(String hostile) {
		String slug = new CatalogueClient(this.port).get("/api/practices?size=1")
			.json()
			.get("items")
			.get(0)
			.get("slug")
			.asString();
		String expected = "http://localhost:" + this.port + "/practices/" + slug;
		RawHttp.Response poisoning = RawHttp.send(this.port,
				"GET /api/practices/" + slug + " HTTP/1.1\r\n"
						+ (hostile.startsWith("Host:") ? "" : "Host: localhost\r\n") + hostile
						+ "\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
		assertThat(poisoning.status()).isEqualTo(200);
		assertThat(JSON.readTree(poisoning.body()).get("url").asString()).isEqualTo(expected);
		assertThat(new CatalogueClient(this.port).get("/api/practices/" + slug).json().get("url").asString())
			.isEqualTo(expected);
	}

	/** Tomcat believes the forwarded headers of no proxy unless one is configured. */
	@Test
	void noProxyIsTrustedByDefault() {
		Valve[] valves = ((TomcatWebServer) this.server.getWebServer()).getTomcat()
			.getEngine()
			.getPipeline()
			.getValves();
		assertThat(valves).filteredOn(RemoteIpValve.class::isInstance).singleElement().satisfies((valve) -> {
			assertThat(((RemoteIpValve) valve).getInternalProxies()).isNull();
			assertThat(((RemoteIpValve) valve).getTrustedProxies()).isNull();
		});
	}

	@Test
	void anUntrustedClientCannotPassForAnHttpsOne() {
		RawHttp.Response login = RawHttp.send(this.port, "GET /login HTTP/1.1\r\nHost: localhost\r\n"
				+ "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n");
		assertThat(login.headers().get("set-cookie")).doesNotContainIgnoringCase("secure");
	}

	@Test
	void aConfiguredBaseUrlStartsEveryAbsoluteUrl() {
		PublicUrls urls = new PublicUrls(new PublicUrlProperties(URI.create("https://sstc.example.org/catalogue/")),
				new MockEnvironment());
		assertThat(urls.base()).isEqualTo("https://sstc.example.org/catalogue");
		assertThat(urls.to("/practices/{slug}", "a b/é"))
			.isEqualTo("https://sstc.example.org/catalogue/practices/a%20b%2F%C3%A9");
	}

	@Test
	void withoutABaseUrlTheAddressTheServerListensOn() {
		PublicUrls urls = new PublicUrls(new PublicUrlProperties(null),
				new MockEnvironment().withProperty("server.port", "8181"));
		assertThat(urls.to("/practices/{slug}", "x")).isEqualTo("http://localhost:8181/practices/x");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sstc.example.org", "ftp://sstc.example.org", "https://sstc.example.org/?a=1",
			"https://sstc.example.org/#top", "https://user:pw@sstc.example.org", "/relative", "javascript:alert(1)" })
	void refusesABaseUrlThatIsNotAPublicAddress(String baseUrl) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PublicUrls(new PublicUrlProperties(URI.create(baseUrl)), new MockEnvironment()))
			.withMessageContaining("catalogue.base-url");
	}

}
