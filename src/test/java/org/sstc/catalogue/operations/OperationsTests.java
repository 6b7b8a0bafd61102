package org.sstc.catalogue.operations;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sstc.catalogue.CatalogueApplication;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.RestartablePostgres;
import org.sstc.catalogue.search.SearchIndexBuildStartedEvent;
import org.sstc.catalogue.search.SearchIndexMaintenance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * What operators and load balancers see. The catalogue runs in an application context of
 * its own, on a PostgreSQL of this test's own (never the machine's server nor the other
 * tests' database), which the test stops and starts again; its index starts empty (in
 * memory), so that the test watches the first build. On the main port, only the probes'
 * status; everything else on the management port, which listens on the loopback
 * interface.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsTests {

	/**
	 * Readiness must answer quickly, whatever is away: a load balancer's check times out
	 * after a few seconds.
	 */
	private static final Duration PROBE_ANSWERS_WITHIN = Duration.ofSeconds(3);

	private static RestartablePostgres postgres;

	private static ConfigurableApplicationContext catalogue;

	private static int mainPort;

	private static int managementPort;

	private static CatalogueClient main;

	private static CatalogueClient management;

	/**
	 * Holds the first index build until the test has probed the catalogue while it
	 * builds.
	 */
	static class BuildGate {

		static final CountDownLatch started = new CountDownLatch(1);

		static final CountDownLatch released = new CountDownLatch(1);

		@EventListener
		void onBuildStarted(SearchIndexBuildStartedEvent event) throws InterruptedException {
			started.countDown();
			released.await(2, TimeUnit.MINUTES);
		}

	}

	@BeforeAll
	static void startPostgresAndTheCatalogue() throws IOException {
		postgres = RestartablePostgres.start();
		catalogue = new SpringApplicationBuilder(CatalogueApplication.class, BuildGate.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + postgres.jdbcUrl(),
					"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
					"--catalogue.test.await-search-index=false");
		mainPort = ((WebServerApplicationContext) catalogue).getWebServer().getPort();
		managementPort = Integer.parseInt(catalogue.getEnvironment().getRequiredProperty("local.management.port"));
		main = new CatalogueClient(mainPort);
		management = new CatalogueClient(managementPort);
	}

	@AfterAll
	static void stopTheCatalogueAndPostgres() throws IOException {
		BuildGate.released.countDown();
		if (catalogue != null) {
			catalogue.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void readinessIsOutOfServiceWhileTheFirstIndexBuildRunsAndUpOnceItIsComplete() throws InterruptedException {
		assertThat(BuildGate.started.await(1, TimeUnit.MINUTES)).isTrue();
		try {
			assertThat(main.get("/readyz").status()).isEqualTo(503);
			assertThat(main.get("/livez").status()).isEqualTo(200);
			CatalogueClient.Response health = management.get("/actuator/health");
			assertThat(health.json().at("/components/search/status").asString()).isEqualTo("OUT_OF_SERVICE");
			assertThat(health.json().at("/components/search/details/state").asString()).isEqualTo("PREPARING");
			assertThat(health.json().at("/components/db/status").asString()).isEqualTo("UP");
		}
		finally {
			BuildGate.released.countDown();
		}
		await().atMost(Duration.ofMinutes(1)).until(() -> main.get("/readyz").status() == 200);
		assertThat(catalogue.getBean(SearchIndexMaintenance.class).searchable()).isTrue();
		CatalogueClient.Response health = management.get("/actuator/health");
		assertThat(health.json().at("/components/search/status").asString()).isEqualTo("UP");
		assertThat(health.json().at("/components/search/details/documents").asLong()).isEqualTo(30);
	}

	@Test
	@Order(2)
	void theMainPortTellsOnlyTheProbesStatusAndNeverLetsItBeCached() {
		for (String probe : List.of("/readyz", "/livez")) {
			CatalogueClient.Response response = main.get(probe, "application/json");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().propertyNames()).containsExactly("status");
			assertThat(response.json().get("status").asString()).isEqualTo("UP");
			assertThat(response.headers().firstValue("Cache-Control"))
				.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).contains("no-store"));
			assertThat(response.headers().firstValue("ETag")).isEmpty();
			assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		}
	}

	@Test
	@Order(3)
	void visitorsOfTheMainPortCannotReachTheManagementEndpoints() {
		for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/readiness",
				"/actuator/prometheus", "/actuator/info", "/actuator/metrics", "/actuator/env", "/prometheus",
				"/readyz/db", "/readyz/search")) {
			CatalogueClient.Response response = main.get(path, "application/json");
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("\"components\"", "http_server_requests", "\"db\"");
		}
		assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
	}

	@Test
	@Order(4)
	void theManagementPortListensOnTheLoopbackInterfaceOnly() throws IOException {
		Optional<InetAddress> external = externalAddress();
		if (external.isPresent()) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(external.get(), mainPort), 2000);
			}
			assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(external.get(), managementPort), 2000);
				}
			});
		}
		assertThat(catalogue.getEnvironment().getProperty("management.server.address")).isEqualTo("127.0.0.1");
	}

	/** An address of this machine that is not a loopback one, if it has one. */
	private static Optional<InetAddress> externalAddress() throws SocketException {
		return NetworkInterface.networkInterfaces().filter((network) -> {
			try {
				return network.isUp() && !network.isLoopback();
			}
			catch (SocketException ex) {
				return false;
			}
		})
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.findFirst();
	}

	@Test
	@Order(5)
	void prometheusGetsTheRequestAndSearchLatencyHistogramsAndTheIndexSize() {
		assertThat(main.get("/api/practices?q=labour+migration").status()).isEqualTo(200);
		assertThat(main.get("/practices?q=social+protection", "text/html").status()).isEqualTo(200);
		CatalogueClient.Response scrape = management.get("/actuator/prometheus", "text/plain");
		assertThat(scrape.status()).isEqualTo(200);
		assertThat(scrape.body()).contains("http_server_requests_seconds_bucket{", "uri=\"/api/practices\"")
			.containsPattern("catalogue_search_seconds_bucket\\{[^}]*outcome=\"success\"")
			.containsPattern("(?m)^catalogue_search_index_documents(\\{[^}]*})? 30(\\.0)?$")
			.containsPattern("(?m)^catalogue_search_index_size_bytes(\\{[^}]*})? [1-9]")
			.containsPattern("(?m)^catalogue_search_outbox_events(\\{[^}]*})? 0(\\.0)?$")
			.containsPattern("(?m)^catalogue_search_outbox_oldest_age_seconds(\\{[^}]*})? 0(\\.0)?$");
	}

	@Test
	@Order(6)
	void theOutboxLagCountsTheWaitingIndexWritesAndTheAgeOfTheOldest() {
		JdbcTemplate jdbc = catalogue.getBean(JdbcTemplate.class);
		// Hibernate Search's own table (migration V6): two writes waiting, the older due
		// 90 s ago
		try {
			jdbc.update(
					"""
							insert into hsearch_outbox_event
							  (id, entity_name, entity_id, entity_id_hash, payload, retries, process_after, status)
							values (gen_random_uuid(), 'NoSuchEntity', '0', 0, '\\x00', 0, now() - interval '90 seconds', 'PENDING'),
							  (gen_random_uuid(), 'NoSuchEntity', '1', 1, '\\x00', 0, now() - interval '5 seconds', 'PENDING')""");
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(management.get("/actuator/prometheus", "text/plain").body())
					.containsPattern("(?m)^catalogue_search_outbox_events(\\{[^}]*})? 2(\\.0)?$")
					.containsPattern(
							"(?m)^catalogue_search_outbox_oldest_age_seconds(\\{[^}]*})? (9\\d|1\\d\\d)(\\.\\d+)?$"));
		}
		finally {
			jdbc.update("delete from hsearch_outbox_event where entity_name = 'NoSuchEntity'");
		}
	}

	@Test
	@Order(7)
	void readinessIsDownQuicklyWhilePostgresIsStoppedAndUpWhenItIsBack() throws IOException {
		postgres.stop();
		for (int probe = 0; probe < 5; probe++) {
			long start = System.nanoTime();
			CatalogueClient.Response readiness = main.get("/readyz");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROBE_ANSWERS_WITHIN);
			assertThat(readiness.status()).isEqualTo(503);
			assertThat(readiness.json().propertyNames()).containsExactly("status");
			assertThat(readiness.json().get("status").asString()).isEqualTo("DOWN");
			assertThat(main.get("/livez").status()).isEqualTo(200);
		}
		CatalogueClient.Response health = management.get("/actuator/health");
		assertThat(health.json().at("/components/db/status").asString()).isEqualTo("DOWN");
		assertThat(health.json().at("/components/search/status").asString()).isEqualTo("UP");
		assertThat(management.get("/actuator/prometheus", "text/plain").status()).isEqualTo(200);

		postgres.startAgain();
		await().atMost(Duration.ofSeconds(20)).until(() -> main.get("/readyz").status() == 200);
	}

}
