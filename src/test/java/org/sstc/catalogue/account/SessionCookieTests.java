package org.sstc.catalogue.account;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.admin.StaffBrowser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie and the sessions behind it: SameSite=Lax, kept in PostgreSQL, made
 * at sign-in and never before (not for the sign-in page, a staff address or a failed
 * sign-in: a stranger cannot fill the database with sessions), and a cookie the catalogue
 * could not have made counts as none.
 */
@CatalogueTest
class SessionCookieTests {

	private final String run = Long.toString(System.nanoTime(), 36);

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSessionCookieIsSameSiteLaxAndHttpOnlyAndTheKnownDeviceCookieGoesOnlyToSignIn() throws Exception {
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).GET());
		assertThat(login.headers().allValues("Set-Cookie")).as("no session before sign-in")
			.noneMatch((cookie) -> cookie.startsWith("JSESSIONID="));
		String csrf = setCookie(login, "XSRF-TOKEN");
		assertThat(csrf).contains("; HttpOnly").contains("; SameSite=Lax").contains("; Path=/");

		String username = "cookie-" + this.run;
		this.accounts.create(username, "the-cookie-password", Role.EDITOR, false);
		String token = org.jsoup.Jsoup.parse(login.body()).select("input[name=_csrf]").attr("value");
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", csrf.substring(0, csrf.indexOf(';')))
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + username + "&password=the-cookie-password&_csrf=" + token)));
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
		assertThat(setCookie(signedIn, "JSESSIONID")).as("a session at sign-in")
			.contains("; HttpOnly")
			.contains("; SameSite=Lax");
		assertThat(setCookie(signedIn, "XSRF-TOKEN")).as("a new CSRF token at sign-in")
			.doesNotStartWith(csrf.substring(0, csrf.indexOf(';')));
		assertThat(setCookie(signedIn, KnownDevices.COOKIE)).contains("; Path=/login")
			.contains("; HttpOnly")
			.contains("; SameSite=Strict")
			.contains("; Max-Age=")
			.doesNotContain(username);
	}

	@Test
	void noRequestBeforeSignInCreatesASession() throws Exception {
		long before = System.currentTimeMillis();
		for (int i = 0; i < 3; i++) {
			for (String path : List.of("/login", "/login?error", "/admin", "/admin/practices", "/contribute",
					"/account/password")) {
				HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
				assertThat(response.statusCode()).as(path).isIn(200, 302);
				assertThat(response.headers().allValues("Set-Cookie")).as(path)
					.noneMatch((cookie) -> cookie.startsWith("JSESSIONID="));
			}
			HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).GET());
			String csrf = setCookie(login, "XSRF-TOKEN");
			String token = org.jsoup.Jsoup.parse(login.body()).select("input[name=_csrf]").attr("value");
			HttpResponse<String> failed = send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", csrf.substring(0, csrf.indexOf(';')))
				.POST(HttpRequest.BodyPublishers
					.ofString("username=nobody-" + i + "-" + this.run + "&password=wrong&_csrf=" + token)));
			assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
			assertThat(failed.headers().allValues("Set-Cookie"))
				.noneMatch((cookie) -> cookie.startsWith("JSESSIONID="));
		}
		assertThat(this.jdbc.sql("select count(*) from spring_session where creation_time >= :before")
			.param("before", before)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void afterSignInStaffGoWhereTheyWereGoing() throws Exception {
		HttpResponse<String> staffPage = send(HttpRequest.newBuilder(uri("/admin/accounts")).GET());
		assertThat(staffPage.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		String going = setCookie(staffPage, "REDIRECT_URI");
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).GET());
		String csrf = setCookie(login, "XSRF-TOKEN");
		String username = "going-" + this.run;
		this.accounts.create(username, "the-going-password", Role.ADMIN, false);
		String token = org.jsoup.Jsoup.parse(login.body()).select("input[name=_csrf]").attr("value");
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", csrf.substring(0, csrf.indexOf(';')) + "; " + going.substring(0, going.indexOf(';')))
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + username + "&password=the-going-password&_csrf=" + token)));
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin/accounts");
	}

	@Test
	void theSessionLivesInPostgreSQLUnderTheAccountsName() {
		String username = "stored-" + this.run;
		this.accounts.create(username, "the-stored-password", Role.EDITOR, false);
		StaffBrowser.signedIn(this.port, username, "the-stored-password");
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", username)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void anonymousVisitorsOfPublicPagesGetNoSessionAndWriteNothing() {
		CatalogueClient visitor = new CatalogueClient(this.port);
		String slug = visitor.get("/api/practices").json().get("items").get(0).get("slug").asString();
		long before = System.currentTimeMillis();
		int throttleRows = throttleRows();
		// queries of this run only, so that the page cache cannot answer for the
		// application
		for (String page : List.of("/?visit=" + this.run, "/practices?q=labour+" + this.run,
				"/practices/" + slug + "?visit=" + this.run, "/api/practices?q=migration+" + this.run,
				"/practices?q=" + this.run + "&theme=social-protection")) {
			CatalogueClient.Response response = visitor.get(page);
			assertThat(response.status()).as(page).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(page).isEmpty();
		}
		assertThat(this.jdbc.sql("select count(*) from spring_session where creation_time >= :before")
			.param("before", before)
			.query(Integer.class)
			.single()).isZero();
		assertThat(throttleRows()).isEqualTo(throttleRows);
	}

	@Test
	void aSessionCookieTheCatalogueCouldNotHaveMadeCountsAsNone() throws Exception {
		for (String cookie : List.of("AA==", "%00", "0123456789abcdef", "'; select 1; --", "x".repeat(4000),
				"00000000-0000-0000-0000-000000000000")) {
			HttpResponse<String> page = send(
					HttpRequest.newBuilder(uri("/practices?q=cookie")).header("Cookie", "JSESSIONID=" + cookie).GET());
			assertThat(page.statusCode()).as(cookie).isEqualTo(200);
			HttpResponse<String> staff = send(
					HttpRequest.newBuilder(uri("/admin")).header("Cookie", "JSESSIONID=" + cookie).GET());
			assertThat(staff.statusCode()).as(cookie).isEqualTo(302);
			assertThat(staff.headers().firstValue("Location").orElseThrow()).as(cookie).endsWith("/login");
		}
	}

	private int throttleRows() {
		return this.jdbc.sql("select count(*) from sign_in_throttle").query(Integer.class).single();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String setCookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + name + " cookie in " + response.headers()));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
