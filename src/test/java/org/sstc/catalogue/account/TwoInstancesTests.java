package org.sstc.catalogue.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sstc.catalogue.CatalogueApplication;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.admin.StaffBrowser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two catalogue instances on one database, as behind a load balancer without sticky
 * sessions: a person signed in through one is signed in through the other, signing out
 * through either ends the session for both, and sign-in attempts count the same through
 * either. The second instance is configured as behind TLS
 * ({@code server.servlet.session.cookie.secure}), so it also shows what that one setting
 * does to the cookies.
 */
@CatalogueTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	private final String run = Long.toString(System.nanoTime(), 36);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	SignInProperties limits;

	@Autowired
	WebApplicationContext context;

	ConfigurableApplicationContext other;

	int otherPort;

	@BeforeAll
	void startAnotherInstance(@Autowired DataSource dataSource) throws Exception {
		HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
		this.other = new SpringApplicationBuilder(CatalogueApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + database.getJdbcUrl(),
					"--spring.datasource.username=" + database.getUsername(),
					"--spring.datasource.password=" + ((database.getPassword() != null) ? database.getPassword() : ""),
					"--server.servlet.session.cookie.secure=true");
		this.otherPort = ((WebServerApplicationContext) this.other).getWebServer().getPort();
	}

	@AfterAll
	void stopIt() {
		if (this.other != null) {
			this.other.close();
		}
	}

	@Test
	void aPersonSignedInThroughOneInstanceIsSignedInThroughTheOther() throws Exception {
		String username = "two-instances-" + this.run;
		this.accounts.create(username, "the-two-instances-password", Role.EDITOR, false);
		StaffBrowser browser = StaffBrowser.signedIn(this.port, username, "the-two-instances-password");
		String session = browser.cookie("JSESSIONID");
		// where sign-in leads, as a browser follows it: its page sets the CSRF cookie
		// that the other instance's forms use too (the other instance's own would be
		// Secure, which this test's plain HTTP does not send back)
		assertThat(browser.get("/admin").status()).isEqualTo(200);
		assertThat(browser.get(onTheOther("/admin")).status()).isEqualTo(200);
		assertThat(browser.get(onTheOther("/account/password")).body()).contains(username);

		StaffBrowser.Page out = browser.submit(browser.get(onTheOther("/admin")), "form[action$=/logout]", Map.of(),
				null);
		assertThat(out.status()).isEqualTo(302);
		HttpResponse<Void> first = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin"))
				.header("Cookie", "JSESSIONID=" + session)
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(first.headers().firstValue("Location").orElseThrow()).as("signed out of the first as well")
			.endsWith("/login");
	}

	@Test
	void behindTlsOneSettingMakesEveryCookieSecure() {
		String username = "secure-" + this.run;
		this.accounts.create(username, "the-secure-password", Role.EDITOR, false);
		AddressedBrowser browser = new AddressedBrowser(
				AddressedBrowser.application((WebApplicationContext) this.other), SignInThrottlingTests.newAddress());
		assertThat(browser.signIn(username, "the-secure-password").location()).isEqualTo("/admin");
		browser.get("/?lang=fr");
		assertThat(browser.setCookieHeaders()).allSatisfy((cookie) -> assertThat(cookie).contains("; Secure"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID="))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith(KnownDevices.COOKIE + "="))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("catalogue-lang="));
	}

	@Test
	void signInAttemptsThroughEitherInstanceCountAgainstTheSameLimits() {
		String username = "counted-twice-" + this.run;
		this.accounts.create(username, "the-counted-password", Role.EDITOR, false);
		AddressedBrowser first = new AddressedBrowser(AddressedBrowser.application(this.context),
				SignInThrottlingTests.newAddress());
		AddressedBrowser second = new AddressedBrowser(AddressedBrowser.application((WebApplicationContext) this.other),
				SignInThrottlingTests.newAddress());
		for (int i = 0; i < this.limits.attemptsPerAccount(); i++) {
			(i % 2 == 0 ? first : second).signIn(username, "guess-" + i);
		}
		assertThat(first.signIn(username, "the-counted-password").location()).isEqualTo("/login?error");
		assertThat(second.signIn(username, "the-counted-password").location()).isEqualTo("/login?error");
	}

	private String onTheOther(String path) {
		return "http://localhost:" + this.otherPort + path;
	}

}
