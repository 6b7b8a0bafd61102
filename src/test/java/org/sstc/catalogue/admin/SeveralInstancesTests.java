package org.sstc.catalogue.admin;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sstc.catalogue.CatalogueApplication;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnOpenSearch;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.search.SearchIndexMaintenance;
import org.sstc.catalogue.search.SearchProperties;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several catalogue instances on one PostgreSQL and one OpenSearch index, with
 * outbox-polling coordination, as behind a load balancer without sticky sessions: an edit
 * through one instance's admin form is found through the other's search, page and API
 * within 5 s; staff signed in through one are signed in through the other; and an
 * instance killed in the middle of a stream of saves loses none it acknowledged: each is
 * in PostgreSQL and reaches the index through the surviving instance's processing of the
 * outbox.
 */
@CatalogueTest
@OnOpenSearch
@TestPropertySource(properties = { "catalogue.search.coordination=outbox-polling",
		// a killed instance's share of the outbox passes to the others after this long
		// without its pulse
		"spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_interval=1000",
		"spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_expiration=4000" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesTests extends StaffFixtures {

	private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(5);

	@Autowired
	SearchProperties search;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	ConfigurableApplicationContext other;

	int otherPort;

	@BeforeAll
	void startAnotherInstance(@Autowired DataSource dataSource) throws Exception {
		this.other = new SpringApplicationBuilder(CatalogueApplication.class).profiles("test")
			.run(sharedSettings(dataSource, "--server.port=0").toArray(String[]::new));
		this.otherPort = ((WebServerApplicationContext) this.other).getWebServer().getPort();
		SearchIndexMaintenance maintenance = this.other.getBean(SearchIndexMaintenance.class);
		await("the other instance's search").atMost(Duration.ofMinutes(2)).until(maintenance::searchable);
	}

	/** What every instance shares: the database, the index, the coordination. */
	private List<String> sharedSettings(DataSource dataSource, String... more) throws Exception {
		HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
		List<String> settings = new ArrayList<>(List.of("--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + ((database.getPassword() != null) ? database.getPassword() : ""),
				"--catalogue.search.backend=opensearch",
				"--catalogue.search.opensearch.uris=" + this.search.opensearch().uris().get(0),
				"--catalogue.search.opensearch.index-prefix=" + this.search.opensearch().indexPrefix(),
				"--catalogue.search.coordination=outbox-polling",
				"--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_interval=1000",
				"--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_expiration=4000"));
		settings.addAll(List.of(more));
		return settings;
	}

	@AfterEach
	void cleanUp() {
		deleteCreatedPractices();
	}

	@AfterAll
	void stopIt() {
		if (this.other != null) {
			this.other.close();
		}
	}

	@Test
	void anEditThroughOneInstanceIsFoundThroughTheOthersSearchPageAndApiWithinFiveSeconds() {
		StaffBrowser editor = editor();
		long id = createPractice(editor, "across-instances-test", 951, Map.of());
		editor.postWithToken("/admin/practices/" + id + "/publish", "/admin");
		StaffBrowser.Page saved = editor.submit(editor.get("/admin/practices/" + id), "form.practice-form",
				Map.of("text[results]", "Numbats shared **payroll audits** across borders."), "action=save");
		assertThat(saved.status()).isEqualTo(302);

		CatalogueClient onTheOther = new CatalogueClient(this.otherPort);
		await("the edit in the other instance's search").atMost(VISIBLE_WITHIN)
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> {
				JsonNode items = onTheOther.get("/api/practices?q=numbats").json().get("items");
				assertThat(items).hasSize(1);
				assertThat(items.get(0).get("slug").asString()).isEqualTo("across-instances-test");
			});
		assertThat(onTheOther.get("/practices?q=numbats", "text/html").body())
			.contains("/practices/across-instances-test")
			.contains("<mark>Numbats</mark>");
		assertThat(onTheOther.get("/practices/across-instances-test", "text/html").body())
			.contains("<strong>payroll audits</strong>");
		assertThat(onTheOther.get("/api/practices/across-instances-test").json().get("results").asString())
			.isEqualTo("Numbats shared **payroll audits** across borders.");
	}

	@Test
	void staffSignedInThroughOneInstanceAreSignedInThroughTheOther() {
		StaffBrowser editor = editor();
		StaffBrowser.Page admin = editor.get("http://localhost:" + this.otherPort + "/admin");
		assertThat(admin.status()).isEqualTo(200);
		assertThat(editor.get("http://localhost:" + this.otherPort + "/account/password").body()).contains(EDITOR);
	}

	@Test
	void anInstanceKilledInTheMiddleOfSavesLosesNoneItAcknowledged(@TempDir Path logs) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process doomed = startInAnotherProcess(port, logs.resolve("doomed.log"));
		List<String> acknowledged = new ArrayList<>();
		try {
			await("the instance in another process").atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> answers(port) || !doomed.isAlive());
			assertThat(doomed.isAlive()).as("started; its log: %s", tail(logs.resolve("doomed.log"))).isTrue();
			ensureEditor();
			StaffBrowser editor = StaffBrowser.signedIn(port, EDITOR, EDITOR_PASSWORD);
			CompletableFuture<Void> saves = CompletableFuture.runAsync(() -> {
				for (int i = 0; i < 200; i++) {
					String slug = "killed-instance-save-" + i;
					try {
						StaffBrowser.Page created = editor.submit(editor.get("/admin/practices/new"),
								"form.practice-form", newPractice(slug, 960 + i), "action=save");
						if (created.status() == 302 && created.location().contains("/admin/practices/")) {
							synchronized (acknowledged) {
								acknowledged.add(slug);
							}
						}
					}
					catch (RuntimeException ex) {
						// the instance is gone: what it acknowledged before is what
						// counts
						return;
					}
				}
			});
			await("some acknowledged saves").atMost(Duration.ofMinutes(1)).until(() -> {
				synchronized (acknowledged) {
					return acknowledged.size() >= 5;
				}
			});
			doomed.destroyForcibly();
			assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
			saves.get(1, TimeUnit.MINUTES);
		}
		finally {
			synchronized (acknowledged) {
				this.createdSlugs.addAll(acknowledged);
			}
			if (doomed.isAlive()) {
				doomed.destroyForcibly();
			}
			// the saves it never acknowledged may be there too
			this.jdbc.queryForList("select slug from practice where slug like 'killed-instance-save-%'", String.class)
				.stream()
				.filter((slug) -> !this.createdSlugs.contains(slug))
				.forEach(this.createdSlugs::add);
		}
		List<String> saved = List.copyOf(acknowledged);
		List<Long> ids = this.jdbc.queryForList("select id from practice where slug = any(?)", Long.class,
				(Object) saved.toArray(String[]::new));
		assertThat(ids).as("every acknowledged save is in PostgreSQL").hasSize(saved.size());
		await("every acknowledged save in the index").atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(indexed(ids)).isEqualTo(Set.copyOf(ids)));
	}

	private Map<String, String> newPractice(String slug, int number) {
		Map<String, String> values = new HashMap<>(Map.of("number", String.valueOf(number), "slug", slug, "heading",
				"GOOD PRACTICE " + number + " – TEST", "shortTitle", "Test practice " + slug, "text[title]",
				"A test practice called " + slug, "region", "africa", "themes", "social-dialogue", "text[objectives]",
				"To test an instance killed while saving."));
		return values;
	}

	/** The given practices' documents that the shared index holds, drafts included. */
	private Set<Long> indexed(List<Long> ids) {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			return Set.copyOf(Search.session(entityManager)
				.search(Practice.class)
				.select((f) -> f.id(Long.class))
				.where((f) -> f.id().matchingAny(ids))
				.fetchHits(ids.size() + 1));
		}
		finally {
			entityManager.close();
		}
	}

	/**
	 * A catalogue in a JVM of its own, on the same database and index, which the test can
	 * kill with SIGKILL.
	 */
	private Process startInAnotherProcess(int port, Path log) throws Exception {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", classpath,
				CatalogueApplication.class.getName(), "--spring.profiles.active=test", "--server.port=" + port));
		command.addAll(sharedSettings(this.jdbc.getDataSource()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().remove("CATALOGUE_SEARCH_COORDINATION");
		return builder.start();
	}

	private static boolean answers(int port) {
		try {
			return new CatalogueClient(port).get("/login", "text/html").status() == 200;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

}
