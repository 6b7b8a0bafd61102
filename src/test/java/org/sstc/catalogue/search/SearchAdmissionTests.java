package org.sstc.catalogue.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches take turns ({@code catalogue.search.admission}): with every turn taken, a
 * search waits, starts as soon as one is given back, and is answered 503 with Retry-After
 * when its wait runs out; what does not need a search's turn goes on.
 */
@CatalogueTest
class SearchAdmissionTests extends CatalogueHttpTest {

	@Autowired
	private IndexSearches searches;

	@Autowired
	private SearchProperties properties;

	@Test
	void withEveryTurnTakenASearchWaitsThenIsAnswered503AndStartsOnceATurnIsFree() throws Exception {
		Duration wait = this.properties.admission().maxWait();
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService holders = Executors.newFixedThreadPool(this.properties.admission().permits());
		try {
			List<Future<Object>> held = holdEveryTurn(holders, release);

			long started = System.nanoTime();
			CatalogueClient.Response busy = this.client.get("/api/practices?q=labour+inspection");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("it waited for its turn")
				.isGreaterThanOrEqualTo(wait);
			assertThat(busy.status()).isEqualTo(503);
			assertThat(busy.headers().firstValue("Retry-After"))
				.hasValue(String.valueOf(SearchBusyException.RETRY_AFTER_SECONDS));
			assertThat(busy.json().get("message").asString()).contains("More searches");

			// a search waiting when a turn comes back starts then
			CompletableFuture<CatalogueClient.Response> waiting = CompletableFuture
				.supplyAsync(() -> this.client.get("/practices?q=labour+inspection", "text/html"));
			release.countDown();
			CatalogueClient.Response answered = waiting.get(30, TimeUnit.SECONDS);
			assertThat(answered.status()).isEqualTo(200);
			assertThat(Jsoup.parse(answered.body()).select("a[href^=/practices/]").size()).isPositive();
			for (Future<Object> future : held) {
				future.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			release.countDown();
			holders.shutdownNow();
		}
	}

	@Test
	void aBusyPageSaysSoInTheVisitorsLanguageAndPracticesPagesAndTheHomePageDoNotWaitForATurn() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService holders = Executors.newFixedThreadPool(this.properties.admission().permits());
		try {
			holdEveryTurn(holders, release);
			CatalogueClient.Response page = this.client.get("/practices?q=osh", "text/html", "Accept-Language", "fr");
			assertThat(page.status()).isEqualTo(503);
			assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Trop de recherches en même temps");
			long started = System.nanoTime();
			CatalogueClient.Response practice = this.client
				.get("/practices/quality-apprenticeships-china-ethiopia-india-south-africa", "text/html");
			assertThat(practice.status()).isEqualTo(200);
			assertThat(practice.body()).contains("Ethiopia");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("without waiting for a turn")
				.isLessThan(this.properties.admission().maxWait());
			CatalogueClient.Response home = this.client.get("/", "text/html");
			assertThat(home.status()).isEqualTo(200);
		}
		finally {
			release.countDown();
			holders.shutdownNow();
		}
	}

	/**
	 * Takes every turn with searches that end once released; returns when all are
	 * running.
	 */
	private List<Future<Object>> holdEveryTurn(ExecutorService holders, CountDownLatch release)
			throws InterruptedException {
		int turns = this.properties.admission().permits();
		CountDownLatch holding = new CountDownLatch(turns);
		List<Future<Object>> held = new ArrayList<>();
		for (int i = 0; i < turns; i++) {
			held.add(holders.submit(() -> this.searches.run((session) -> {
				holding.countDown();
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return null;
			})));
		}
		assertThat(holding.await(30, TimeUnit.SECONDS)).as("every turn taken").isTrue();
		return held;
	}

}
