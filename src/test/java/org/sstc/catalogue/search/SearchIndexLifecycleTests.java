package org.sstc.catalogue.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.StandaloneCatalogue;
import org.sstc.catalogue.admin.PracticeEditing;

import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The index's life on disk: a catalogue that starts with no index answers at once and
 * searches when the index is built; an index whose files are corrupt or deleted is set
 * aside and rebuilt, at start-up or while running, without a restart and without ever
 * answering a search with an error or with nothing.
 */
class SearchIndexLifecycleTests {

	private static final Duration REPAIRED_WITHIN = Duration.ofMinutes(1);

	@TempDir
	Path data;

	/**
	 * Holds the index build until the test has looked at the catalogue while it builds.
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

	@Test
	void aStartWithNoIndexAnswersPagesWhileTheIndexBuildsAndSearchesOnceItIsComplete() throws Exception {
		try (StandaloneCatalogue catalogue = StandaloneCatalogue.start(this.data, List.of(BuildGate.class),
				"--catalogue.test.await-search-index=false")) {
			assertThat(BuildGate.started.await(1, TimeUnit.MINUTES)).isTrue();
			CatalogueClient client = catalogue.client();
			try {
				assertThat(client.get("/", "text/html").status()).isEqualTo(200);
				assertThat(
						client.get("/practices/tajikistan-uzbekistan-romania-labour-inspection", "text/html").status())
					.isEqualTo(200);
				assertThat(client.get("/api/practices/tajikistan-uzbekistan-romania-labour-inspection").status())
					.isEqualTo(200);
				CatalogueClient.Response api = client.get("/api/practices?q=labour");
				assertThat(api.status()).isEqualTo(503);
				assertThat(api.headers().firstValue("Retry-After")).isPresent();
				assertThat(api.json().get("message").asString()).contains("Search is being prepared");
				CatalogueClient.Response page = client.get("/practices?q=labour", "text/html");
				assertThat(page.status()).isEqualTo(503);
				assertThat(page.body()).contains("Search is being prepared");
				for (String export : List.of("/practices.csv", "/practices.json", "/practices.ris", "/practices.bib",
						"/practices.atom")) {
					CatalogueClient.Response answer = client.get(export + "?q=labour", "*/*");
					assertThat(answer.status()).as(export).isEqualTo(503);
					assertThat(answer.headers().firstValue("Retry-After")).as(export).isPresent();
					assertThat(answer.body()).as(export).contains("Search is being prepared");
				}
			}
			finally {
				BuildGate.released.countDown();
			}
			await().atMost(REPAIRED_WITHIN).until(() -> client.get("/api/practices").status() == 200);
			assertThat(client.get("/api/practices").json().get("total").asInt()).isEqualTo(30);
		}
	}

	@Test
	void aCorruptIndexIsSetAsideAndRebuiltAtStartUp() throws IOException {
		Path index = this.data.resolve("index/practice");
		try (StandaloneCatalogue catalogue = StandaloneCatalogue.start(this.data).awaitSearchable()) {
			assertThat(catalogue.client().get("/api/practices").json().get("total").asInt()).isEqualTo(30);
		}
		corrupt(index);
		try (StandaloneCatalogue catalogue = StandaloneCatalogue.start(this.data).awaitSearchable()) {
			CatalogueClient client = catalogue.client();
			assertThat(
					client.get("/api/practices?q=labour+inspection").json().get("items").get(0).get("number").asInt())
				.isIn(11, 19);
			assertThat(client.get("/api/practices").json().get("total").asInt()).isEqualTo(30);
			try (Stream<Path> siblings = Files.list(index.getParent())) {
				assertThat(siblings.map((path) -> path.getFileName().toString()))
					.anyMatch((name) -> name.startsWith("practice.broken-"));
			}
		}
	}

	@Test
	void anIndexCorruptedWhileRunningIsRepairedAndSearchNeverAnswersAnErrorOrNothing() throws IOException {
		try (StandaloneCatalogue catalogue = StandaloneCatalogue.start(this.data,
				"--catalogue.search.check-interval=1s")) {
			CatalogueClient client = catalogue.awaitSearchable().client();
			assertThat(client.get("/api/practices?q=labour").json().get("total").asInt()).isPositive();
			corrupt(this.data.resolve("index/practice"));
			await().atMost(REPAIRED_WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
				CatalogueClient.Response answer = client.get("/api/practices?q=labour&size=1");
				assertThat(answer.status()).as("503 while repairing, never 500").isIn(200, 503);
				assertThat(answer.status()).isEqualTo(200);
				assertThat(answer.json().get("total").asInt()).isPositive();
			});
			assertThat(client.get("/api/practices").json().get("total").asInt()).isEqualTo(30);
		}
	}

	@Test
	void anIndexDeletedWhileRunningIsRebuiltAndSavesStillSucceed() throws IOException {
		try (StandaloneCatalogue catalogue = StandaloneCatalogue.start(this.data,
				"--catalogue.search.check-interval=1s")) {
			CatalogueClient client = catalogue.awaitSearchable().client();
			PracticeEditing editing = catalogue.bean(PracticeEditing.class);
			long id = editing.list("", null, 1, 1).practices().get(0).id();
			deleteTree(this.data.resolve("index"));
			// committed in the database: the index write that follows must not fail the
			// save
			editing.unpublish(id);
			await().atMost(REPAIRED_WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
				CatalogueClient.Response answer = client.get("/api/practices");
				assertThat(answer.status()).as("503 while repairing, never 500").isIn(200, 503);
				assertThat(answer.status()).isEqualTo(200);
				assertThat(answer.json().get("total").asInt()).isEqualTo(29);
			});
			editing.publish(id);
			assertThat(client.get("/api/practices").json().get("total").asInt()).isEqualTo(30);
		}
	}

	/**
	 * Overwrites the middle of every file of the index, as a failing disk or a careless
	 * copy would.
	 */
	private static void corrupt(Path index) throws IOException {
		try (Stream<Path> files = Files.list(index)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] bytes = Files.readAllBytes(file);
				for (int i = bytes.length / 3; i < bytes.length; i++) {
					bytes[i] = (byte) (bytes[i] ^ 0x5A);
				}
				Files.write(file, bytes);
			}
		}
	}

	private static void deleteTree(Path path) throws IOException {
		try (Stream<Path> tree = Files.walk(path)) {
			for (Path file : tree.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.delete(file);
			}
		}
	}

}
