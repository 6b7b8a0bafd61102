package org.sstc.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A bounded soak: many clients in a closed loop, every request a search nobody asked
 * before (query words from the records × filters × sort × size × page, pages and API
 * alike), for a fixed time. Not one answer may be an error or take longer than the
 * clients' timeout; the latencies and the memory are printed ("Soak figures"), not
 * asserted. {@code -Dsoak.clients=64 -Dsoak.duration=120s} by default.
 */
@CatalogueTest
class SearchSoakTests {

	private static final int CLIENTS = Integer.getInteger("soak.clients", 64);

	private static final Duration DURATION = Duration.parse("PT" + System.getProperty("soak.duration", "120s"));

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String[] SORTS = { "", "relevance", "number", "title" };

	private static final int[] SIZES = { 10, 20, 50 };

	@LocalServerPort
	int port;

	@Test
	void distinctSearchesFromManyClientsAllAnswerWithoutError() throws Exception {
		DistinctSearches searches = new DistinctSearches(recordWords());
		HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
		AtomicLong errors = new AtomicLong();
		ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		long end = System.nanoTime() + DURATION.toNanos();
		List<Thread> clients = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			Thread client = new Thread(() -> {
				while (System.nanoTime() < end) {
					String path = searches.next();
					HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
						.timeout(TIMEOUT)
						.header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
						.build();
					long started = System.nanoTime();
					try {
						HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
						latencies.add(System.nanoTime() - started);
						if (response.statusCode() != 200) {
							record(errors, firstErrors, path + " answered " + response.statusCode());
						}
					}
					catch (IOException ex) {
						record(errors, firstErrors, path + ": " + ex);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}, "soak-" + i);
			client.start();
			clients.add(client);
		}
		for (Thread client : clients) {
			client.join(DURATION.plus(TIMEOUT).plusSeconds(10).toMillis());
		}
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT,
				"Soak figures: %d clients for %d s, %d distinct searches answered (%.0f/s), %d errors; latency median "
						+ "%.1f ms, p99 %.1f ms, longest %.1f ms; this JVM (server and clients): resident %s, heap used "
						+ "%d MB%n",
				CLIENTS, DURATION.toSeconds(), sorted.length, sorted.length / (double) DURATION.toSeconds(),
				errors.get(), millis(sorted, 50), millis(sorted, 99), millis(sorted, 100), residentMemory(),
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
		assertThat(clients).noneMatch(Thread::isAlive);
		assertThat(firstErrors).as("the first errors").isEmpty();
		assertThat(errors.get()).isZero();
		assertThat(searches.asked()).as("every search was a new one").isEqualTo(sorted.length);
		assertThat(sorted).isNotEmpty();
	}

	private static void record(AtomicLong errors, ConcurrentLinkedQueue<String> firstErrors, String error) {
		if (errors.incrementAndGet() <= 5) {
			firstErrors.add(error);
		}
	}

	/** The words of the practices' titles, as people would type them. */
	private List<String> recordWords() {
		JsonNode items = new CatalogueClient(this.port).get("/api/practices?size=100").json().get("items");
		Set<String> words = new LinkedHashSet<>();
		StreamSupport.stream(items.spliterator(), false)
			.map((item) -> item.get("title").asString())
			.flatMap((title) -> Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
			.filter((word) -> word.length() > 3)
			.forEach(words::add);
		assertThat(words).hasSizeGreaterThan(20);
		return List.copyOf(words);
	}

	private static double millis(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] / 1e6;
	}

	private static String residentMemory() throws IOException {
		Path status = Path.of("/proc/self/status");
		if (!Files.isReadable(status)) {
			return "unknown";
		}
		return Files.readAllLines(status)
			.stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.map((line) -> (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MB")
			.findFirst()
			.orElse("unknown");
	}

	/**
	 * An endless sequence of different searches: each part (page or API, words, region,
	 * theme, sort, size, page) is a digit of a scrambled counter in mixed bases, so that
	 * every part varies from one search to the next; an address already asked is skipped.
	 */
	private static final class DistinctSearches {

		private final List<String> words;

		private final List<String> regions = Arrays.stream(Region.values()).map(Region::code).toList();

		private final List<String> themes = Arrays.stream(Theme.values()).map(Theme::code).toList();

		private final AtomicLong counter = new AtomicLong();

		private final Set<String> asked = java.util.concurrent.ConcurrentHashMap.newKeySet();

		DistinctSearches(List<String> words) {
			this.words = words;
		}

		String next() {
			while (true) {
				String path = make(this.counter.getAndIncrement());
				if (this.asked.add(path)) {
					return path;
				}
			}
		}

		int asked() {
			return this.asked.size();
		}

		private String make(long n) {
			List<String> parameters = new ArrayList<>();
			// multiplying by an odd number is a bijection modulo 2^64: distinct counters,
			// scrambled digits
			long rest = (n * 0x9E3779B97F4A7C15L) >>> 1;
			boolean api = rest % 2 == 0;
			rest /= 2;
			int wordCount = (int) (rest % 3);
			rest /= 3;
			List<String> query = new ArrayList<>();
			for (int i = 0; i < wordCount; i++) {
				query.add(this.words.get((int) (rest % this.words.size())));
				rest /= this.words.size();
			}
			int region = (int) (rest % (this.regions.size() + 1));
			rest /= this.regions.size() + 1;
			int theme = (int) (rest % (this.themes.size() + 1));
			rest /= this.themes.size() + 1;
			String sort = SORTS[(int) (rest % SORTS.length)];
			rest /= SORTS.length;
			int size = SIZES[(int) (rest % SIZES.length)];
			rest /= SIZES.length;
			int page = 1 + (int) (rest % 3);
			if (!query.isEmpty()) {
				parameters.add("q=" + URLEncoder.encode(String.join(" ", query), StandardCharsets.UTF_8));
			}
			if (region > 0) {
				parameters.add("region=" + this.regions.get(region - 1));
			}
			if (theme > 0) {
				parameters.add("theme=" + this.themes.get(theme - 1));
			}
			if (!sort.isEmpty()) {
				parameters.add("sort=" + sort);
			}
			parameters.add("size=" + size);
			parameters.add("page=" + page);
			return (api ? "/api/practices?" : "/practices?") + parameters.stream().collect(Collectors.joining("&"));
		}

	}

}
