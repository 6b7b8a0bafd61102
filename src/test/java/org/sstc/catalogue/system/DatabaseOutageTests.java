package org.sstc.catalogue.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sstc.catalogue.CatalogueApplication;
import org.sstc.catalogue.RestartablePostgres;
import org.sstc.catalogue.search.SearchIndexMaintenance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops and starts again under a running catalogue. The catalogue runs in an
 * application context of its own, on a PostgreSQL cluster of this test's own (its own
 * data folder and port; never the machine's server and never the other tests' database),
 * which the test stops and starts again on the same folder and port.
 *
 * <p>
 * While it is down, what needs the database answers 503 with {@code Retry-After} within 3
 * s (pages in the site's layout and language, the API in JSON, the staff area, a filter
 * that reads the database); what does not (assets, error pages) answers as usual. Once it
 * is back, the pages answer within 10 s, with no restart. Before, such requests waited 30
 * s for a connection and some ended in 500.
 *
 * <p>
 * Prints the figures: the longest answer during the outage and the time to recover.
 * {@code -Doutage.clients=250} sets how many clients keep requesting database pages
 * during the outage (16 by default). Also checks, while PostgreSQL runs, that no page
 * holds a connection or a transaction while it renders.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageTests {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageTests.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration FAIL_FAST = Duration.ofSeconds(3);

	private static final Duration RECOVERY = Duration.ofSeconds(10);

	private static final int CLIENTS = Integer.getInteger("outage.clients", 16);

	private static final Duration LOAD = Duration.ofSeconds(5);

	private static RestartablePostgres postgres;

	private static ConfigurableApplicationContext catalogue;

	private static int port;

	private static final Queue<String> rendered = new ConcurrentLinkedQueue<>();

	private final HttpClient staff = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final HttpClient visitor = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startPostgresAndTheCatalogue() throws IOException {
		postgres = RestartablePostgres.start();
		catalogue = new SpringApplicationBuilder(CatalogueApplication.class).profiles("test")
			.initializers((GenericApplicationContext context) -> {
				context.registerBean("databaseReadingFilter", FilterRegistrationBean.class,
						() -> databaseReadingFilter(context));
				context.registerBean("connectionsWhileRendering", WebMvcConfigurer.class,
						DatabaseOutageTests::connectionsWhileRendering);
				context.registerBean("connectionsPerThread", BeanPostProcessor.class, () -> new BeanPostProcessor() {

					@Override
					public Object postProcessAfterInitialization(Object bean, String name) {
						return (bean instanceof HikariDataSource pool) ? new ConnectionsPerThread(pool) : bean;
					}

				});
			})
			.run("--server.port=0", "--spring.datasource.url=" + postgres.jdbcUrl(),
					"--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
		port = ((WebServerApplicationContext) catalogue).getWebServer().getPort();
		// the index is built in the background after start-up; the tests search from
		// their first request
		SearchIndexMaintenance index = catalogue.getBean(SearchIndexMaintenance.class);
		Awaitility.await("the search index").atMost(Duration.ofMinutes(2)).until(index::searchable);
	}

	@AfterAll
	static void stopTheCatalogueAndPostgres() throws IOException {
		if (catalogue != null) {
			catalogue.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	/**
	 * A filter that reads the database before the application, as a session store or a
	 * remember-me check does.
	 */
	private static FilterRegistrationBean<OncePerRequestFilter> databaseReadingFilter(
			GenericApplicationContext context) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						Long practices = context.getBean(JdbcTemplate.class)
							.queryForObject("select count(*) from practice", Long.class);
						response.setHeader("X-Practices", String.valueOf(practices));
						chain.doFilter(request, response);
					}

				});
		registration.addUrlPatterns("/filtered/*");
		return registration;
	}

	/**
	 * Notes, for each page about to be rendered, the connections its request thread holds
	 * and whether a transaction is open: the view is rendered after {@code postHandle},
	 * with whatever the handler left open. Counted per thread, since the catalogue's
	 * scheduled checks take connections of their own at any moment.
	 */
	private static WebMvcConfigurer connectionsWhileRendering() {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new HandlerInterceptor() {

					@Override
					public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
							ModelAndView view) {
						if (view != null) {
							rendered.add(request.getRequestURI() + ": " + ConnectionsPerThread.held()
									+ " connections in use, transaction "
									+ (TransactionSynchronizationManager.isActualTransactionActive() ? "open"
											: "closed"));
						}
					}

				});
			}

		};
	}

	/**
	 * The catalogue's pool, counting for each thread the connections it has taken and not
	 * yet closed.
	 */
	private static final class ConnectionsPerThread extends DelegatingDataSource {

		private static final ThreadLocal<AtomicInteger> HELD = ThreadLocal.withInitial(AtomicInteger::new);

		ConnectionsPerThread(DataSource pool) {
			super(pool);
		}

		static int held() {
			return HELD.get().get();
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			AtomicInteger held = HELD.get();
			held.incrementAndGet();
			AtomicBoolean closed = new AtomicBoolean();
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
						if (method.getName().equals("equals") && arguments.length == 1) {
							return proxy == arguments[0];
						}
						if (method.getName().equals("hashCode") && arguments == null) {
							return System.identityHashCode(proxy);
						}
						if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
							held.decrementAndGet();
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

	/** Runs first, while PostgreSQL runs. */
	@Test
	@Order(1)
	void pagesHoldNoDatabaseConnectionWhileTheyRender() {
		signInAsStaff();
		String practice = Jsoup.parse(get(this.staff, "/admin", "text/html").body())
			.select("a[href~=^/admin/practices/[0-9]+$]")
			.first()
			.attr("href");
		String slug = get(this.visitor, "/api/practices?size=1", "application/json").json()
			.get("items")
			.get(0)
			.get("slug")
			.asString();
		List<String> pages = List.of("/", "/practices", "/practices?q=labour+migration&region=africa",
				"/practices/" + slug, "/no-such-page");
		List<String> staffPages = List.of("/admin", practice, practice + "/history", "/admin/practices/new",
				"/admin/accounts");
		rendered.clear();
		pages.forEach((path) -> get(this.visitor, path, "text/html"));
		staffPages.forEach((path) -> assertThat(get(this.staff, path, "text/html").status()).isEqualTo(200));
		assertThat(rendered).hasSizeGreaterThanOrEqualTo(pages.size() - 1 + staffPages.size())
			.allSatisfy((page) -> assertThat(page).endsWith(": 0 connections in use, transaction closed"));
	}

	@Test
	@Order(2)
	void answers503WhileThePostgresIsDownAndRecoversWhenItIsBack() throws Exception {
		String slug = get(this.visitor, "/api/practices?size=1", "application/json").json()
			.get("items")
			.get(0)
			.get("slug")
			.asString();
		signInAsStaff();
		assertThat(get(this.visitor, "/practices/" + slug, "text/html").status()).isEqualTo(200);
		assertThat(get(this.staff, "/admin", "text/html").status()).isEqualTo(200);
		assertThat(get(this.visitor, "/filtered/x", "text/html").headers().firstValue("X-Practices")).isPresent();

		postgres.stop();
		Timed page = get(this.visitor, "/practices/" + slug, "text/html");
		assertUnavailable(page, "text/html");
		assertThat(Jsoup.parse(page.body()).title()).isEqualTo("The catalogue is briefly unavailable");
		Timed french = get(this.visitor, "/practices/" + slug, "text/html", "Accept-Language", "fr");
		assertUnavailable(french, "text/html");
		assertThat(Jsoup.parse(french.body()).title()).isEqualTo("Le catalogue est momentanément indisponible");

		Timed api = get(this.visitor, "/api/practices/" + slug, "text/html");
		assertUnavailable(api, "application/json");
		assertThat(api.json().get("status").asInt()).isEqualTo(503);
		assertThat(api.json().get("message").asString()).contains("database");

		assertUnavailable(get(this.staff, "/admin", "text/html"), "text/html");
		// what crawlers and harvesters read from PostgreSQL alone
		for (String path : List.of("/sitemap.xml", "/sitemap-1.xml", "/oai?verb=Identify",
				"/oai?verb=ListIdentifiers&metadataPrefix=oai_dc")) {
			Timed machine = get(this.visitor, path, "application/xml");
			assertThat(machine.status()).as(path).isEqualTo(503);
			assertThat(machine.headers().firstValue("Retry-After")).as(path).hasValue("10");
			assertThat(machine.millis()).as(path).isLessThan(FAIL_FAST.toMillis());
		}
		assertUnavailable(get(this.visitor, "/filtered/x", "text/html"), "text/html");
		assertUnavailable(get(this.visitor, "/filtered/x", "application/json"), "application/json");

		Timed asset = get(this.visitor, "/css/catalogue.css", "text/css");
		assertThat(asset.status()).isEqualTo(200);
		assertThat(asset.millis()).isLessThan(FAIL_FAST.toMillis());
		Timed missing = get(this.visitor, "/no-such-page", "text/html");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.millis()).isLessThan(FAIL_FAST.toMillis());

		Outage outage = underLoad(slug);

		long restarting = System.nanoTime();
		postgres.startAgain();
		long started = System.nanoTime();
		Timed recovered;
		do {
			recovered = get(this.visitor, "/practices/" + slug, "text/html");
		}
		while (recovered.status() != 200 && System.nanoTime() - started < RECOVERY.toNanos());
		long recovery = Duration.ofNanos(System.nanoTime() - started).toMillis();
		assertThat(recovered.status()).as("recovered within " + RECOVERY).isEqualTo(200);
		assertThat(get(this.visitor, "/api/practices/" + slug, "application/json").status()).isEqualTo(200);
		assertThat(get(this.staff, "/admin", "text/html").status()).isEqualTo(200);
		assertThat(get(this.visitor, "/filtered/x", "text/html").headers().firstValue("X-Practices")).isPresent();

		logger.info(
				"Outage figures: the first page {} ms, the API {} ms; under load, {}; PostgreSQL took {} ms to "
						+ "start again, and the pages answered 200 {} ms after that",
				page.millis(), api.millis(), outage, Duration.ofNanos(started - restarting).toMillis(), recovery);
	}

	/**
	 * What the load saw: every answer to the clients that need the database, and the
	 * longest of the others.
	 */
	record Outage(long[] sortedMillis, long longestWithoutDatabase) {

		@Override
		public String toString() {
			long[] m = this.sortedMillis;
			return String.format(
					"%d answers to %d clients in %d s (all 503): median %d ms, 99th percentile %d ms, "
							+ "longest %d ms; meanwhile an asset or an error page took %d ms at most",
					m.length, CLIENTS, LOAD.toSeconds(), m[m.length / 2], m[(int) (m.length * 0.99)], m[m.length - 1],
					this.longestWithoutDatabase);
		}

	}

	/**
	 * Clients that keep asking for pages and API answers that need the database, and one
	 * that meanwhile asks for an asset and a missing page. Measured and reported, not
	 * asserted: the figures depend on the machine's load.
	 */
	private Outage underLoad(String slug) throws Exception {
		Queue<Long> millis = new ConcurrentLinkedQueue<>();
		LongAccumulator longestWithoutDatabase = new LongAccumulator(Math::max, 0);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
		List<Future<?>> load = new ArrayList<>();
		long loadEnds = System.nanoTime() + LOAD.toNanos();
		load.add(clients.submit(() -> {
			while (System.nanoTime() < loadEnds) {
				Timed asset = get(this.visitor, "/css/catalogue.css", "text/css");
				assertThat(asset.status()).isEqualTo(200);
				Timed missing = get(this.visitor, "/no-such-page", "text/html");
				assertThat(missing.status()).isEqualTo(404);
				longestWithoutDatabase.accumulate(Math.max(asset.millis(), missing.millis()));
			}
		}));
		for (int i = 0; i < CLIENTS; i++) {
			String path = (i % 2 == 0) ? "/practices/" + slug + "?client=" + i : "/api/practices/" + slug;
			load.add(clients.submit(() -> {
				while (System.nanoTime() < loadEnds) {
					Timed answer = get(this.visitor, path, "text/html");
					assertThat(answer.status()).isEqualTo(503);
					millis.add(answer.millis());
				}
			}));
		}
		for (Future<?> client : load) {
			client.get();
		}
		clients.shutdown();
		return new Outage(millis.stream().mapToLong(Long::longValue).sorted().toArray(), longestWithoutDatabase.get());
	}

	private static void assertUnavailable(Timed answer, String contentType) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(503);
		assertThat(answer.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(contentType));
		assertThat(answer.millis()).isLessThan(FAIL_FAST.toMillis());
		SecurityHeaders.ON_EVERY_ANSWER
			.forEach((name, value) -> assertThat(answer.headers().allValues(name)).as(name).containsExactly(value));
	}

	private void signInAsStaff() {
		String token = Jsoup.parse(get(this.staff, "/login", "text/html").body())
			.selectFirst("input[name=_csrf]")
			.val();
		String form = "username=admin&password=" + URLEncoder.encode("admin-password-for-tests", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = send(this.staff,
				HttpRequest.newBuilder(uri("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
	}

	record Timed(int status, java.net.http.HttpHeaders headers, String body, long millis) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	private static Timed get(HttpClient client, String path, String accept, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(60));
		if (headers.length > 0) {
			request.headers(headers);
		}
		long start = System.nanoTime();
		HttpResponse<String> response = send(client, request.build());
		return new Timed(response.statusCode(), response.headers(), response.body(),
				Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
