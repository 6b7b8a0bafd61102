package org.sstc.catalogue.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Load benchmark of the search: starts the packaged application against a fresh PostgreSQL database, fills that
 * database with synthetic practices when asked for more than the 30 real ones, and measures the search API and the
 * search page under concurrent clients, with the server's resident memory. It is a program and not a test because
 * its numbers depend on the machine: it reports them against the budget and leaves the judgment to whoever reads
 * them.
 *
 * <p>Run it with {@code ./mvnw -B -Pbenchmark verify -DskipTests}. Settings are system properties, e.g.
 * {@code -Dbenchmark.records=30 -Dbenchmark.duration=60s}: {@code benchmark.records} (comma list, "30,10000"),
 * {@code benchmark.clients} (16), {@code benchmark.warmup} (10s), {@code benchmark.duration} (30s),
 * {@code benchmark.heap} (256m), {@code benchmark.jdbcUrl} (a database to connect to while creating the benchmark's
 * own), {@code benchmark.user}, {@code benchmark.password}, {@code benchmark.jar} (the application jar),
 * {@code benchmark.database} (prefix of the databases created), {@code benchmark.startTimeout} (5m),
 * {@code benchmark.gzip} (true: ask for compressed responses, as browsers do), {@code benchmark.serverJvmOptions}
 * (the JVM options the README recommends for running the catalogue, passed by the pom), {@code benchmark.jvmArgs}
 * (more options for the server's JVM, space-separated, e.g. {@code -Dcatalogue.page-cache.enabled=false} to measure
 * every request computed, or memory settings to try against the same load) and
 * {@code benchmark.thinkTime} (0: each client asks again at once, which saturates the server and measures its
 * capacity; a pause such as 1s makes the clients behave like people and measures latency at a given load).
 */
public final class SearchBenchmark {

	/** The practices the Flyway migrations load; synthetic ones are made from them. */
	private static final int REAL_PRACTICES = 30;

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	/** Bounds every client's loop (and its memory) even if the duration were huge or the server absurdly fast. */
	private static final int MAX_REQUESTS_PER_CLIENT = 5_000_000;

	/** How many of the slowest request kinds the report lists, to show which queries cost the most. */
	private static final int SLOWEST_SHOWN = 3;

	/** Enough of a failed server's log to show its exception without flooding the console. */
	private static final int LOG_TAIL_LINES = 40;

	/** CPU used by other processes above which a measurement says the machine was not quiet. */
	private static final double BUSY_MACHINE_CORES = 0.2;

	/** Linux's USER_HZ, the unit of the CPU times in /proc: 100 on every mainstream architecture. */
	private static final double CLOCK_TICKS_PER_SECOND = 100;

	private static final Pattern INDEXED = Pattern.compile("Indexed (\\d+) practices in (\\d+) ms");

	private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

	private static final Pattern QUERY_LINE = Pattern.compile("^-\\s*query:\\s*(.+?)\\s*$");

	/** Servers still running, so that an interrupted benchmark does not leave a JVM behind holding a port. */
	/** The catalogue's header saying whether an answer came from its page cache. */
	private static final String CACHE_HEADER = "X-Catalogue-Cache";

	private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

	private final Settings settings;

	private SearchBenchmark(Settings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.fromSystemProperties();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
		// exec:java runs this in Maven's JVM, where the JDBC driver is in a class loader DriverManager may not scan
		Class.forName("org.postgresql.Driver");
		new SearchBenchmark(settings).run();
	}

	private void run() throws Exception {
		List<Request> requests = requests();
		log("Application %s; %d clients, warm-up %ss, measurement %ss, heap %s, %d request kinds, %d CPUs",
				this.settings.jar(), this.settings.clients(), this.settings.warmup().toSeconds(),
				this.settings.duration().toSeconds(), this.settings.heap(), requests.size(),
				Runtime.getRuntime().availableProcessors());
		List<RunResult> results = new ArrayList<>();
		for (int records : this.settings.records()) {
			results.add(runWith(records, requests));
		}
		System.out.println();
		System.out.println(report(results));
	}

	// ------------------------------------------------------------------------------------------------ one size

	private RunResult runWith(int records, List<Request> requests) throws Exception {
		String database = this.settings.databasePrefix() + records;
		Path dataDirectory = Files.createTempDirectory("sstc-benchmark-" + records + "-");
		boolean succeeded = false;
		execute(this.settings.jdbcUrl(), "drop database if exists " + database);
		execute(this.settings.jdbcUrl(), "create database " + database);
		try {
			log("%d records: first start on database %s (Flyway loads the %d real practices)", records, database,
					REAL_PRACTICES);
			Server first = Server.start(this.settings, database, dataDirectory, "first-start");
			Indexing firstIndexing = first.indexing();
			first.stop();

			long insertMillis = 0;
			if (records > REAL_PRACTICES) {
				log("%d records: inserting %d synthetic practices", records, records - REAL_PRACTICES);
				long started = System.nanoTime();
				insertSynthetic(database, records - REAL_PRACTICES);
				insertMillis = (System.nanoTime() - started) / 1_000_000;
			}

			log("%d records: second start (the index is rebuilt if the database changed)", records);
			Server server = Server.start(this.settings, database, dataDirectory, "benchmark");
			try {
				Indexing indexing = server.indexing();
				if (indexing == null) {
					// no rebuild at the second start: the index of the first start is the one searched
					indexing = firstIndexing;
				}
				if (indexing == null || indexing.count() != records) {
					throw new IllegalStateException("Expected an index of " + records + " practices, the server logged "
							+ indexing + "; see " + server.logFile());
				}
				long total = server.totalPractices();
				if (total != records) {
					throw new IllegalStateException("The API counts " + total + " practices, not " + records);
				}
				Rss idleRss = server.rss();
				checkEveryRequest(server, requests);

				log("%d records: warm-up, %ss", records, this.settings.warmup().toSeconds());
				RssSampler sampler = RssSampler.start(server.pid());
				try {
					load(server, requests, this.settings.warmup());
					log("%d records: every request once, alone", records);
					List<Timed> alone = timeAlone(server, requests);
					log("%d records: measuring, %ss", records, this.settings.duration().toSeconds());
					Cpu before = Cpu.read(server.pid(), database);
					LoadResult measured = load(server, requests, this.settings.duration());
					Cpu used = Cpu.read(server.pid(), database).minus(before);
					log("%d records: %d RSS samples under load, max %s MB", records, sampler.samples(),
							sampler.max().describe());
					RunResult result = new RunResult(records, indexing, insertMillis, server.startup(),
							server.startupRss(), idleRss, sampler.max(), used, alone, measured);
					succeeded = true;
					return result;
				}
				finally {
					sampler.stop();
				}
			}
			finally {
				server.stop();
			}
		}
		finally {
			execute(this.settings.jdbcUrl(), "drop database if exists " + database);
			if (succeeded) {
				deleteRecursively(dataDirectory);
			}
			else {
				log("Kept %s (server logs and index) for inspection", dataDirectory);
			}
		}
	}

	// ---------------------------------------------------------------------------------------------- the data

	/**
	 * Makes synthetic practices out of the real ones. Each takes its fields from three different practices (title and
	 * narrative from one, region with its countries from a second, organisations from a third, themes of the first
	 * and third), so that the index holds many distinct combinations of the catalogue's real vocabulary, and facets
	 * get realistic spreads, rather than 333 identical copies of every document.
	 */
	private void insertSynthetic(String database, int count) throws SQLException {
		String sql = """
				with source as (
				    select row_number() over (order by number) - 1 as k, p.*
				    from practice p
				    where p.status = 'PUBLISHED'),
				counted as (
				    select count(*)::int as n, max(number) as top from source)
				insert into practice (compendium_id, number, slug, status, heading, short_title, title, region,
				    region_as_written, region_inferred, authors, institutions, countries_involved, countries,
				    organisations, objectives, cooperation, peer_learning, innovation, sustainability, adaptability,
				    results, contact_details, contacts, funding, funding_sources, materials, links, image_captions,
				    themes, modalities, parts, repairs, missing_fields)
				select a.compendium_id, c.top + g.i, 'synthetic-' || g.i || '-' || a.slug, 'PUBLISHED',
				    'SYNTHETIC PRACTICE ' || (c.top + g.i) || ' – ' || a.short_title,
				    a.short_title, rtrim(a.title, '. ') || ': ' || b.short_title,
				    b.region, b.region_as_written, b.region_inferred,
				    d.authors, d.institutions, b.countries_involved, b.countries, d.organisations,
				    a.objectives, d.cooperation, a.peer_learning, b.innovation, d.sustainability, a.adaptability,
				    b.results, d.contact_details, d.contacts, b.funding, b.funding_sources,
				    a.materials, a.links, a.image_captions,
				    coalesce((select jsonb_agg(distinct t) from jsonb_array_elements(a.themes || d.themes) t), '[]'),
				    b.modalities, a.parts, '[]', '[]'
				from counted c
				cross join generate_series(1, ?) as g(i)
				join source a on a.k = g.i % c.n
				join source b on b.k = (g.i / c.n) % c.n
				join source d on d.k = (g.i / (c.n * c.n) + 7 * g.i + 3) % c.n
				""";
		// every practice the application loads gets a first revision in the history: the synthetic ones get theirs,
		// so that the database looks like one that grew through the application
		String firstRevisions = """
				with revision as (
				    insert into revision (revision_time, username)
				    values ((extract(epoch from now()) * 1000)::bigint, 'benchmark synthetic data')
				    returning id)
				insert into practice_aud (id, rev, revtype, compendium_id, number, slug, status, heading, short_title,
				    title, region, region_as_written, region_inferred, authors, institutions, countries_involved,
				    countries, organisations, objectives, cooperation, peer_learning, innovation, sustainability,
				    adaptability, results, contact_details, contacts, funding, funding_sources, materials, links,
				    image_captions, themes, modalities, parts, repairs, missing_fields, created_at, updated_at)
				select p.id, revision.id, 0, p.compendium_id, p.number, p.slug, p.status, p.heading, p.short_title,
				    p.title, p.region, p.region_as_written, p.region_inferred, p.authors, p.institutions,
				    p.countries_involved, p.countries, p.organisations, p.objectives, p.cooperation, p.peer_learning,
				    p.innovation, p.sustainability, p.adaptability, p.results, p.contact_details, p.contacts, p.funding,
				    p.funding_sources, p.materials, p.links, p.image_captions, p.themes, p.modalities, p.parts,
				    p.repairs, p.missing_fields, p.created_at, p.updated_at
				from practice p cross join revision
				where not exists (select 1 from practice_aud a where a.id = p.id)
				""";
		try (Connection connection = connect(jdbcUrlFor(database))) {
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setInt(1, count);
				int inserted = statement.executeUpdate();
				if (inserted != count) {
					throw new IllegalStateException("Inserted " + inserted + " synthetic practices, not " + count);
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate(firstRevisions);
			}
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("analyze practice");
				statement.execute("analyze practice_aud");
			}
		}
	}

	private void execute(String jdbcUrl, String sql) throws SQLException {
		try (Connection connection = connect(jdbcUrl); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private Connection connect(String jdbcUrl) throws SQLException {
		return DriverManager.getConnection(jdbcUrl, this.settings.user(), this.settings.password());
	}

	private String jdbcUrlFor(String database) {
		return this.settings.jdbcUrlFor(database);
	}

	// ------------------------------------------------------------------------------------------- the requests

	/**
	 * The queries people type (those of the relevance judgments), browsing, facet filters with and without text, and
	 * other orders and pages; each is asked of the API and of the page, so the mix is half and half.
	 */
	private static List<Request> requests() throws IOException {
		List<String> queries = new ArrayList<>();
		for (String text : judgedQueries()) {
			queries.add("q=" + encode(text));
		}
		queries.addAll(List.of("", "region=africa", "theme=social-protection", "country=BR",
				"region=americas&theme=social-protection", "q=" + encode("social protection") + "&region=africa",
				"q=training&country=BR", "q=" + encode("labour inspection") + "&theme=child-forced-labour",
				"q=" + encode("green jobs") + "&sort=title", "sort=title&page=2", "q=labour&page=2",
				"region=africa&region=asia-pacific&theme=skills-apprenticeships"));
		List<Request> requests = new ArrayList<>();
		for (String query : queries) {
			String suffix = query.isEmpty() ? "" : "?" + query;
			requests.add(new Request(Kind.API, "/api/practices" + suffix));
			requests.add(new Request(Kind.PAGE, "/practices" + suffix));
		}
		return List.copyOf(requests);
	}

	private static List<String> judgedQueries() throws IOException {
		String resource = "search/relevance-judgments.yml";
		InputStream in = SearchBenchmark.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException(resource + " is not on the class path (run with the test class path)");
		}
		List<String> queries = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				Matcher matcher = QUERY_LINE.matcher(line);
				if (matcher.matches()) {
					queries.add(unquote(matcher.group(1)));
				}
			}
		}
		if (queries.isEmpty()) {
			throw new IllegalStateException("No queries in " + resource);
		}
		return queries;
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
				|| value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** One pass over every request before the load, so that a 400 or 500 fails the run instead of being timed. */
	private void checkEveryRequest(Server server, List<Request> requests) throws Exception {
		HttpClient http = httpClient();
		for (Request request : requests) {
			HttpResponse<byte[]> response = http.send(request.toHttp(server.port(), this.settings.gzip()),
					HttpResponse.BodyHandlers.ofByteArray());
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (response.statusCode() != 200 || !type.startsWith(request.kind().contentType)
					|| response.body().length == 0) {
				throw new IllegalStateException(request.path() + " answered " + response.statusCode() + " " + type);
			}
		}
	}

	/**
	 * Every request once, one at a time, after the warm-up: the latency without queueing, which is what a request
	 * costs; under load each one also waits for those ahead of it.
	 */
	private List<Timed> timeAlone(Server server, List<Request> requests) throws IOException, InterruptedException {
		HttpClient http = httpClient();
		List<Timed> timed = new ArrayList<>();
		for (Request request : requests) {
			HttpRequest prepared = request.toHttp(server.port(), this.settings.gzip());
			long started = System.nanoTime();
			HttpResponse<byte[]> response = http.send(prepared, HttpResponse.BodyHandlers.ofByteArray());
			long elapsed = System.nanoTime() - started;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(request.path() + " answered " + response.statusCode());
			}
			timed.add(new Timed(request, elapsed));
		}
		timed.sort(Comparator.comparingLong(Timed::nanos).reversed());
		return List.copyOf(timed);
	}

	// ------------------------------------------------------------------------------------------------ the load

	/**
	 * Closed-loop load: every client sends its next request as soon as the previous one is answered (or after its
	 * think time, if one is set), each client in its own shuffled order so that they do not all ask the same query at
	 * once.
	 */
	private LoadResult load(Server server, List<Request> requests, Duration duration) throws InterruptedException {
		HttpClient http = httpClient();
		List<HttpRequest> prepared = new ArrayList<>();
		for (Request request : requests) {
			prepared.add(request.toHttp(server.port(), this.settings.gzip()));
		}
		Client[] clients = new Client[this.settings.clients()];
		Thread[] threads = new Thread[clients.length];
		long started = System.nanoTime();
		long deadline = started + duration.toNanos();
		for (int i = 0; i < clients.length; i++) {
			List<Integer> order = new ArrayList<>();
			for (int r = 0; r < requests.size(); r++) {
				order.add(r);
			}
			Collections.shuffle(order, new Random(i));
			clients[i] = new Client(http, requests, prepared, order, deadline, this.settings.thinkTime().toNanos(),
					new Random(-i));
			threads[i] = new Thread(clients[i], "benchmark-client-" + i);
			threads[i].setDaemon(true);
			threads[i].start();
		}
		long joinDeadline = deadline + REQUEST_TIMEOUT.toNanos() + Duration.ofSeconds(5).toNanos();
		for (Thread thread : threads) {
			thread.join(Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000));
			if (thread.isAlive()) {
				throw new IllegalStateException(thread.getName() + " did not finish in time");
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return new LoadResult(seconds, Latencies.merge(clients, Kind.API),
				Latencies.merge(clients, Kind.PAGE),
				Arrays.stream(clients).mapToLong((client) -> client.errors(Kind.API)).sum(),
				Arrays.stream(clients).mapToLong((client) -> client.errors(Kind.PAGE)).sum(),
				Arrays.stream(clients).mapToLong((client) -> client.cached(Kind.API)).sum(),
				Arrays.stream(clients).mapToLong((client) -> client.cached(Kind.PAGE)).sum(),
				Arrays.stream(clients).map(Client::firstError).filter((e) -> e != null).findFirst().orElse(null));
	}

	private static HttpClient httpClient() {
		// HTTP/1.1 keep-alive, one connection per client, as browsers and most API clients talk to Tomcat
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private static final class Client implements Runnable {

		private final HttpClient http;

		private final List<Request> requests;

		private final List<HttpRequest> prepared;

		private final List<Integer> order;

		private final long deadline;

		private final long thinkNanos;

		private final Random random;

		private final Latencies api = new Latencies();

		private final Latencies page = new Latencies();

		private final long[] errors = new long[Kind.values().length];

		private final long[] cached = new long[Kind.values().length];

		private String firstError;

		Client(HttpClient http, List<Request> requests, List<HttpRequest> prepared, List<Integer> order,
				long deadline, long thinkNanos, Random random) {
			this.http = http;
			this.requests = requests;
			this.prepared = prepared;
			this.order = order;
			this.deadline = deadline;
			this.thinkNanos = thinkNanos;
			this.random = random;
		}

		@Override
		public void run() {
			for (int n = 0; n < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < this.deadline; n++) {
				int index = this.order.get(n % this.order.size());
				Request request = this.requests.get(index);
				long started = System.nanoTime();
				try {
					HttpResponse<byte[]> response = this.http.send(this.prepared.get(index),
							HttpResponse.BodyHandlers.ofByteArray());
					long elapsed = System.nanoTime() - started;
					if (response.statusCode() == 200) {
						(request.kind() == Kind.API ? this.api : this.page).add(elapsed);
						if (response.headers().firstValue(CACHE_HEADER).filter("hit"::equals).isPresent()) {
							this.cached[request.kind().ordinal()]++;
						}
					}
					else {
						error(request, " answered " + response.statusCode());
					}
				}
				catch (IOException ex) {
					error(request, ": " + ex);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				if (this.thinkNanos > 0 && !think()) {
					return;
				}
			}
		}

		/** Half to one and a half times the think time, so that clients do not fall into step. */
		private boolean think() {
			long pause = (long) (this.thinkNanos * (0.5 + this.random.nextDouble()));
			long remaining = this.deadline - System.nanoTime();
			try {
				TimeUnit.NANOSECONDS.sleep(Math.max(0, Math.min(pause, remaining)));
				return true;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		private void error(Request request, String description) {
			this.errors[request.kind().ordinal()]++;
			if (this.firstError == null) {
				this.firstError = request.path() + description;
			}
		}

		long cached(Kind kind) {
			return this.cached[kind.ordinal()];
		}

		Latencies latencies(Kind kind) {
			return (kind == Kind.API) ? this.api : this.page;
		}

		long errors(Kind kind) {
			return this.errors[kind.ordinal()];
		}

		String firstError() {
			return this.firstError;
		}

	}

	/** Every latency of one kind, in nanoseconds, in a growing array rather than boxed longs. */
	private static final class Latencies {

		private long[] values = new long[4096];

		private int size;

		void add(long nanos) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = nanos;
		}

		static long[] merge(Client[] clients, Kind kind) {
			int total = 0;
			for (Client client : clients) {
				total += client.latencies(kind).size;
			}
			long[] merged = new long[total];
			int at = 0;
			for (Client client : clients) {
				Latencies latencies = client.latencies(kind);
				System.arraycopy(latencies.values, 0, merged, at, latencies.size);
				at += latencies.size;
			}
			Arrays.sort(merged);
			return merged;
		}

	}

	// ---------------------------------------------------------------------------------------------- the server

	/** The application jar running as a child process, as it runs in production. */
	private static final class Server {

		private final Process process;

		private final int port;

		private final Path logFile;

		private final Duration startup;

		private final Rss startupRss;

		private Server(Process process, int port, Path logFile, Duration startup, Rss startupRss) {
			this.process = process;
			this.port = port;
			this.logFile = logFile;
			this.startup = startup;
			this.startupRss = startupRss;
		}

		static Server start(Settings settings, String database, Path dataDirectory, String name)
				throws IOException, InterruptedException {
			int port = freePort();
			Path logFile = dataDirectory.resolve(name + ".log");
			String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
			List<String> command = new ArrayList<>(List.of(java, "-Xmx" + settings.heap()));
			command.addAll(settings.serverJvmOptions());
			command.addAll(settings.jvmArgs());
			command.addAll(List.of("-jar", settings.jar().toAbsolutePath().toString(), "--server.port=" + port,
					"--server.address=127.0.0.1", "--spring.datasource.url=" + settings.jdbcUrlFor(database),
					"--spring.datasource.username=" + settings.user(),
					"--catalogue.data-directory=" + dataDirectory.toAbsolutePath()));
			ProcessBuilder builder = new ProcessBuilder(command)
				// the working directory holds no docker-compose.yml or stray config the application could pick up
				.directory(dataDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(logFile.toFile());
			// in the environment rather than the command line, where every user of the machine could read it
			builder.environment().put("SPRING_DATASOURCE_PASSWORD", settings.password());
			// as the README recommends for running the catalogue: fewer malloc arenas, less native memory
			builder.environment().put("MALLOC_ARENA_MAX", "2");
			long started = System.nanoTime();
			Process process = builder.start();
			RUNNING.add(process);
			// the index rebuild happens during start-up: its memory peak counts as much as the one under load
			RssSampler sampler = RssSampler.start(process.pid());
			Server starting = new Server(process, port, logFile, null, Rss.UNKNOWN);
			try {
				starting.awaitReady(settings.startTimeout());
			}
			catch (IOException | InterruptedException | RuntimeException ex) {
				starting.stop();
				throw ex;
			}
			finally {
				sampler.stop();
			}
			Duration startup = Duration.ofNanos(System.nanoTime() - started);
			log("Server ready on port %d in %.1f s (pid %d, max RSS %s MB while starting, log %s)", port,
					startup.toMillis() / 1000.0, process.pid(), sampler.max().describe(), logFile);
			return new Server(process, port, logFile, startup, sampler.max());
		}

		private void awaitReady(Duration timeout) throws IOException, InterruptedException {
			HttpClient http = httpClient();
			HttpRequest probe = HttpRequest.newBuilder(uri(this.port, "/api/practices?size=1"))
				.timeout(Duration.ofSeconds(5))
				.build();
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("The server exited with " + this.process.exitValue() + ":\n"
							+ tail(this.logFile));
				}
				try {
					if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(POLL_INTERVAL.toMillis());
			}
			throw new IllegalStateException("The server was not ready within " + timeout + ":\n" + tail(this.logFile));
		}

		void stop() throws InterruptedException {
			// SIGTERM first: Spring closes the index and the connection pool as in a normal shutdown
			this.process.destroy();
			if (!this.process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			}
			RUNNING.remove(this.process);
		}

		/** The index rebuild this start logged, or null when the index was up to date. */
		Indexing indexing() throws IOException {
			Indexing found = null;
			for (String line : Files.readAllLines(this.logFile, StandardCharsets.UTF_8)) {
				Matcher matcher = INDEXED.matcher(line);
				if (matcher.find()) {
					found = new Indexing(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
				}
			}
			return found;
		}

		long totalPractices() throws IOException, InterruptedException {
			HttpResponse<String> response = httpClient().send(
					HttpRequest.newBuilder(uri(this.port, "/api/practices?size=1")).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher matcher = TOTAL.matcher(response.body());
			if (response.statusCode() != 200 || !matcher.find()) {
				throw new IllegalStateException("Unexpected answer to a browse: " + response.statusCode());
			}
			return Long.parseLong(matcher.group(1));
		}

		/** Resident set size in bytes, from /proc; -1 where there is none. */
		Rss rss() {
			return Rss.read(pid());
		}

		long pid() {
			return this.process.pid();
		}

		int port() {
			return this.port;
		}

		Path logFile() {
			return this.logFile;
		}

		Duration startup() {
			return this.startup;
		}

		Rss startupRss() {
			return this.startupRss;
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
		}

		private static String tail(Path log) {
			try {
				List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
				return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
			}
			catch (IOException ex) {
				return "(no log: " + ex + ")";
			}
		}

	}

	/** Reads the resident set every 250 ms on its own thread, so that short peaks under load are seen. */
	private static final class RssSampler {

		private final ScheduledExecutorService executor;

		private final AtomicReference<Rss> max = new AtomicReference<>(Rss.UNKNOWN);

		private final AtomicLong samples = new AtomicLong();

		private RssSampler(ScheduledExecutorService executor) {
			this.executor = executor;
		}

		static RssSampler start(long pid) {
			ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
				Thread thread = new Thread(runnable, "benchmark-rss-sampler");
				thread.setDaemon(true);
				return thread;
			});
			RssSampler sampler = new RssSampler(executor);
			executor.scheduleAtFixedRate(() -> {
				Rss rss = Rss.read(pid);
				if (rss.known()) {
					sampler.max.accumulateAndGet(rss, (a, b) -> (a.total() >= b.total()) ? a : b);
					sampler.samples.incrementAndGet();
				}
			}, 0, POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
			return sampler;
		}

		Rss max() {
			return this.max.get();
		}

		long samples() {
			return this.samples.get();
		}

		void stop() throws InterruptedException {
			this.executor.shutdownNow();
			this.executor.awaitTermination(5, TimeUnit.SECONDS);
		}

	}

	/**
	 * A resident set in bytes, with its anonymous part (heap, metaspace, code, thread stacks, malloc) apart from its
	 * file-backed part (the jar, and the Lucene index, which Lucene maps into memory): the kernel can drop file pages
	 * under memory pressure but not anonymous ones, so the two weigh differently against a memory limit.
	 */
	record Rss(long total, long anon, long file) {

		static final Rss UNKNOWN = new Rss(-1, -1, -1);

		static Rss read(long pid) {
			long total = -1;
			long anon = -1;
			long file = -1;
			try {
				for (String line : Files.readAllLines(Paths.get("/proc", Long.toString(pid), "status"))) {
					if (line.startsWith("VmRSS:")) {
						total = kilobytes(line);
					}
					else if (line.startsWith("RssAnon:")) {
						anon = kilobytes(line);
					}
					else if (line.startsWith("RssFile:")) {
						file = kilobytes(line);
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// no /proc (not Linux) or the process has just exited
			}
			return new Rss(total, anon, file);
		}

		private static long kilobytes(String line) {
			return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
		}

		boolean known() {
			return this.total >= 0;
		}

		/** Total, then anonymous + file-backed, in MB. */
		String describe() {
			if (!known()) {
				return "n/a";
			}
			return (this.anon < 0 || this.file < 0) ? megabytes(this.total)
					: megabytes(this.total) + " (" + megabytes(this.anon) + " + " + megabytes(this.file) + ")";
		}

	}

	// --------------------------------------------------------------------------------------------- the report

	private String report(List<RunResult> results) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"### Search benchmark: %d clients, %ds measured after %ds warm-up, -Xmx%s, %d CPUs, Java %s%n%n",
				this.settings.clients(), this.settings.duration().toSeconds(), this.settings.warmup().toSeconds(),
				this.settings.heap(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
		if (!this.settings.thinkTime().isZero()) {
			out.append(String.format(Locale.ROOT, "Think time: %d ms on average between a client's requests.%n%n",
					this.settings.thinkTime().toMillis()));
		}
		out.append("Server JVM options: -Xmx").append(this.settings.heap()).append(' ')
			.append(String.join(" ", this.settings.serverJvmOptions()))
			.append(this.settings.jvmArgs().isEmpty() ? "" : " " + String.join(" ", this.settings.jvmArgs()))
			.append(", MALLOC_ARENA_MAX=2\n\n");
		out.append("| Records | Endpoint | Requests | Throughput (req/s) | Median (ms) | p90 (ms) | p99 (ms) "
				+ "| Max (ms) | Errors | From the page cache |\n");
		out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (RunResult result : results) {
			LoadResult load = result.load();
			for (Kind kind : Kind.values()) {
				long[] latencies = load.latencies(kind);
				out.append(String.format(Locale.ROOT, "| %,d | %s | %,d | %.0f | %s | %s | %s | %s | %d | %.0f %% |%n",
						result.records(), kind.label, latencies.length, latencies.length / load.seconds(),
						millis(percentile(latencies, 50)), millis(percentile(latencies, 90)),
						millis(percentile(latencies, 99)), millis(percentile(latencies, 100)),
						load.errors(kind), 100.0 * load.cached(kind) / Math.max(1, latencies.length)));
			}
		}
		out.append("\nRSS in MB: total (anonymous + file-backed). CPU in cores over the measurement: the server, its "
				+ "PostgreSQL backends, the benchmark's clients, everything else on the machine.\n\n");
		out.append("| Records | Index build (ms) | Synthetic insert (ms) | Start-up (s) | RSS max start-up "
				+ "| RSS idle | RSS max under load | CPU: server / database / clients / other "
				+ "| Server CPU per request (ms) |\n");
		out.append("|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
		for (RunResult result : results) {
			long requests = result.load().api().length + result.load().page().length;
			out.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.1f | %s | %s | %s | %s | %s |%n",
					result.records(), result.indexing().millis(), result.insertMillis(),
					result.startup().toMillis() / 1000.0, result.startupRss().describe(), result.idleRss().describe(),
					result.maxRss().describe(), result.cpu().describe(), result.cpu().serverMillisPer(requests)));
		}
		if (results.stream().anyMatch((result) -> result.cpu().otherCores() > BUSY_MACHINE_CORES)) {
			out.append(String.format(Locale.ROOT, "%nOther processes used more than %.1f cores during a measurement: "
					+ "its latencies are worse than on a quiet machine.%n", BUSY_MACHINE_CORES));
		}
		List<String> errors = results.stream()
			.map((result) -> result.load().firstError())
			.filter((error) -> error != null)
			.collect(Collectors.toList());
		if (!errors.isEmpty()) {
			out.append("\nFirst errors: ").append(String.join("; ", errors)).append('\n');
		}
		out.append("\nOne request at a time, after the warm-up (each request kind once): the cost of a request without "
				+ "queueing.\n\n| Records | Endpoint | Median (ms) | Max (ms) | Slowest |\n|---:|---|---:|---:|---|\n");
		for (RunResult result : results) {
			for (Kind kind : Kind.values()) {
				List<Timed> timed = result.alone()
					.stream()
					.filter((t) -> t.request().kind() == kind)
					.collect(Collectors.toList());
				long[] sorted = timed.stream().mapToLong(Timed::nanos).sorted().toArray();
				out.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s |%n", result.records(), kind.label,
						millis(percentile(sorted, 50)), millis(percentile(sorted, 100)),
						timed.stream()
							.limit(SLOWEST_SHOWN)
							.map((t) -> "`" + t.request().path() + "` " + millis(t.nanos()))
							.collect(Collectors.joining(", "))));
			}
		}
		out.append("\n| Budget | Measured | Met |\n|---|---:|---|\n");
		for (RunResult result : results) {
			LoadResult load = result.load();
			if (result.records() == REAL_PRACTICES) {
				for (Kind kind : Kind.values()) {
					budget(out, kind.label + " median < 5 ms at 30 records", percentile(load.latencies(kind), 50), 5);
					budget(out, kind.label + " p99 < 25 ms at 30 records", percentile(load.latencies(kind), 99), 25);
				}
			}
			if (result.records() == 10_000) {
				for (Kind kind : Kind.values()) {
					budget(out, kind.label + " p99 < 60 ms at 10,000 records", percentile(load.latencies(kind), 99),
							60);
				}
				if (result.maxRss().known()) {
					double rss = Math.max(result.maxRss().total(), result.startupRss().total()) / 1048576.0;
					out.append(String.format(Locale.ROOT,
							"| RSS < 400 MB at 10,000 records, start-up and load (-Xmx%s) | %.0f MB | %s |%n",
							this.settings.heap(), rss, (rss < 400) ? "yes" : "**no**"));
				}
			}
		}
		return out.toString();
	}

	private static void budget(StringBuilder out, String budget, long nanos, double limitMillis) {
		double measured = nanos / 1e6;
		out.append(String.format(Locale.ROOT, "| %s | %.1f ms | %s |%n", budget, measured,
				(nanos >= 0 && measured < limitMillis) ? "yes" : "**no**"));
	}

	/** Nearest-rank percentile of sorted values; -1 when there are none. */
	private static long percentile(long[] sorted, double percent) {
		if (sorted.length == 0) {
			return -1;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
	}

	private static String millis(long nanos) {
		return (nanos < 0) ? "n/a" : String.format(Locale.ROOT, "%.1f", nanos / 1e6);
	}

	private static String megabytes(long bytes) {
		return (bytes < 0) ? "n/a" : String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
	}

	private static void log(String format, Object... arguments) {
		System.out.printf(Locale.ROOT, "[benchmark %s] %s%n", Instant.now().toString().substring(11, 19),
				String.format(Locale.ROOT, format, arguments));
		System.out.flush();
	}

	private static void deleteRecursively(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
				Files.deleteIfExists(path);
			}
		}
	}

	// ------------------------------------------------------------------------------------------------- values

	enum Kind {

		API("API /api/practices", "application/json"), PAGE("Page /practices", "text/html");

		final String label;

		final String contentType;

		Kind(String label, String contentType) {
			this.label = label;
			this.contentType = contentType;
		}

	}

	record Request(Kind kind, String path) {

		HttpRequest toHttp(int port, boolean gzip) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(uri(port, this.path))
				.timeout(REQUEST_TIMEOUT)
				.header("Accept", this.kind.contentType);
			if (gzip) {
				builder.header("Accept-Encoding", "gzip");
			}
			return builder.GET().build();
		}

	}

	record Indexing(long count, long millis) {
	}

	record Timed(Request request, long nanos) {
	}

	/**
	 * CPU time from /proc, in clock ticks: of the server, of this JVM (the clients) and of the whole machine. The
	 * benchmark shares the machine with the server, and perhaps with other work, so a latency means little without
	 * knowing who had the cores meanwhile.
	 */
	record Cpu(long server, long database, long self, long machineBusy, long machineTotal, int cpus, long nanos) {

		static Cpu read(long serverPid, String databaseName) {
			try {
				String[] machine = Files.readAllLines(Paths.get("/proc/stat")).get(0).trim().split("\\s+");
				long total = 0;
				for (int i = 1; i < machine.length; i++) {
					total += Long.parseLong(machine[i]);
				}
				// idle and iowait are the fourth and fifth numbers; guest time is already counted in user time
				long guest = (machine.length > 10) ? Long.parseLong(machine[9]) + Long.parseLong(machine[10]) : 0;
				total -= guest;
				long idle = Long.parseLong(machine[4]) + Long.parseLong(machine[5]);
				return new Cpu(processTicks(Long.toString(serverPid)), backendTicks(databaseName), processTicks("self"),
						total - idle, total, Runtime.getRuntime().availableProcessors(), System.nanoTime());
			}
			catch (IOException | RuntimeException ex) {
				return new Cpu(-1, -1, -1, -1, -1, 0, System.nanoTime());
			}
		}

		/**
		 * The PostgreSQL backends serving the benchmark's database, found by the database name PostgreSQL puts in
		 * their command line; the connection pool keeps them alive for the whole measurement. Other databases on the
		 * same server (other people's tests) count as other processes.
		 */
		private static long backendTicks(String databaseName) throws IOException {
			long ticks = 0;
			try (DirectoryStream<Path> processes = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
				for (Path process : processes) {
					try {
						String command = new String(Files.readAllBytes(process.resolve("cmdline")),
								StandardCharsets.UTF_8);
						if (command.startsWith("postgres:") && command.contains(" " + databaseName + " ")) {
							ticks += processTicks(process.getFileName().toString());
						}
					}
					catch (IOException | RuntimeException ex) {
						// the process ended or is not readable: it is not one of the benchmark's backends
					}
				}
			}
			return ticks;
		}

		private static long processTicks(String pid) throws IOException {
			String stat = Files.readString(Paths.get("/proc", pid, "stat"));
			// the fields after the command name, which is in parentheses and may contain spaces: utime is the 12th
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}

		Cpu minus(Cpu earlier) {
			return new Cpu(this.server - earlier.server, this.database - earlier.database, this.self - earlier.self,
					this.machineBusy - earlier.machineBusy, this.machineTotal - earlier.machineTotal, this.cpus,
					this.nanos - earlier.nanos);
		}

		private boolean known() {
			return this.server >= 0 && this.machineTotal > 0;
		}

		private double cores(long ticks) {
			return ticks / CLOCK_TICKS_PER_SECOND / (this.nanos / 1e9);
		}

		double otherCores() {
			if (!known()) {
				return 0;
			}
			// /proc/stat counts all CPUs; its share of busy time scaled to cores avoids mixing tick sources
			double machine = (double) this.machineBusy / this.machineTotal * this.cpus;
			return Math.max(0, machine - cores(this.server) - cores(this.database) - cores(this.self));
		}

		/** The server's CPU time per request: unlike a latency, it hardly depends on who else wants the cores. */
		String serverMillisPer(long requests) {
			if (!known() || requests == 0) {
				return "n/a";
			}
			return String.format(Locale.ROOT, "%.1f", this.server * 1000 / CLOCK_TICKS_PER_SECOND / requests);
		}

		String describe() {
			return known() ? String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.2f", cores(this.server),
					cores(this.database), cores(this.self), otherCores()) : "n/a";
		}

	}

	record LoadResult(double seconds, long[] api, long[] page, long apiErrors, long pageErrors, long apiCached,
			long pageCached, String firstError) {

		long cached(Kind kind) {
			return (kind == Kind.API) ? this.apiCached : this.pageCached;
		}

		long[] latencies(Kind kind) {
			return (kind == Kind.API) ? this.api : this.page;
		}

		long errors(Kind kind) {
			return (kind == Kind.API) ? this.apiErrors : this.pageErrors;
		}

	}

	record RunResult(int records, Indexing indexing, long insertMillis, Duration startup, Rss startupRss,
			Rss idleRss, Rss maxRss, Cpu cpu, List<Timed> alone, LoadResult load) {
	}

	private static URI uri(int port, String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + port + pathAndQuery);
	}

	record Settings(List<Integer> records, int clients, Duration warmup, Duration duration, String heap,
			String jdbcUrl, String user, String password, Path jar, String databasePrefix, Duration startTimeout,
			boolean gzip, List<String> serverJvmOptions, List<String> jvmArgs, Duration thinkTime) {

		private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

		private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

		static Settings fromSystemProperties() throws IOException {
			List<Integer> records = Arrays.stream(property("benchmark.records", "30,10000").split(","))
				.map(String::strip)
				.filter((value) -> !value.isEmpty())
				.map(Integer::valueOf)
				.collect(Collectors.toList());
			if (records.isEmpty() || records.stream().anyMatch((count) -> count < REAL_PRACTICES)) {
				throw new IllegalArgumentException("benchmark.records must list counts of at least " + REAL_PRACTICES);
			}
			int clients = Integer.parseInt(property("benchmark.clients", "16"));
			if (clients < 1 || clients > 1000) {
				throw new IllegalArgumentException("benchmark.clients must be from 1 to 1000");
			}
			String prefix = property("benchmark.database", "sstc_benchmark_");
			if (!IDENTIFIER.matcher(prefix).matches()) {
				throw new IllegalArgumentException("benchmark.database must be a lower-case SQL identifier");
			}
			String jdbcUrl = property("benchmark.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/postgres");
			if (!JDBC_URL.matcher(jdbcUrl).matches()) {
				throw new IllegalArgumentException("benchmark.jdbcUrl must be a jdbc:postgresql://host/database URL");
			}
			return new Settings(List.copyOf(records), clients, durationProperty("benchmark.warmup", "10s"),
					durationProperty("benchmark.duration", "30s"), property("benchmark.heap", "256m"), jdbcUrl,
					property("benchmark.user", "postgres"), property("benchmark.password", ""), findJar(), prefix,
					durationProperty("benchmark.startTimeout", "5m"),
					Boolean.parseBoolean(property("benchmark.gzip", "true")),
					options(property("benchmark.serverJvmOptions", "")), options(property("benchmark.jvmArgs", "")),
					durationProperty("benchmark.thinkTime", "0"));
		}

		private static List<String> options(String spaceSeparated) {
			return Arrays.stream(spaceSeparated.split("\\s+"))
				.filter((argument) -> !argument.isEmpty())
				.collect(Collectors.toList());
		}

		/** The same server and parameters as the configured URL, another database. */
		String jdbcUrlFor(String database) {
			Matcher matcher = JDBC_URL.matcher(this.jdbcUrl);
			if (!matcher.matches()) {
				throw new IllegalStateException(this.jdbcUrl);
			}
			return matcher.group(1) + database + ((matcher.group(3) != null) ? matcher.group(3) : "");
		}

		private static String property(String name, String defaultValue) {
			String value = System.getProperty(name);
			return (value == null || value.isBlank()) ? defaultValue : value.strip();
		}

		/** A number of seconds, or a number with ms, s or m: "10s", "500ms", "2m". */
		private static Duration durationProperty(String name, String defaultValue) {
			String value = property(name, defaultValue).toLowerCase(Locale.ROOT);
			Matcher matcher = Pattern.compile("(\\d+)\\s*(ms|s|m)?").matcher(value);
			if (!matcher.matches()) {
				throw new IllegalArgumentException(name + " must be a duration such as 30s, 500ms or 2m: " + value);
			}
			long amount = Long.parseLong(matcher.group(1));
			String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
			Duration duration = switch (unit) {
				case "ms" -> Duration.ofMillis(amount);
				case "m" -> Duration.ofMinutes(amount);
				default -> Duration.ofSeconds(amount);
			};
			boolean mayBeZero = name.equals("benchmark.warmup") || name.equals("benchmark.thinkTime");
			if (duration.isZero() && !mayBeZero || duration.compareTo(Duration.ofHours(1)) > 0) {
				throw new IllegalArgumentException(name + " must be more than zero and at most an hour: " + value);
			}
			return duration;
		}

		/** The jar Maven passes in, else the one packaged in target/ (not a plain jar left beside it). */
		private static Path findJar() throws IOException {
			String configured = System.getProperty("benchmark.jar");
			if (configured != null && !configured.isBlank()) {
				Path jar = Paths.get(configured);
				if (!Files.isRegularFile(jar)) {
					throw new IllegalArgumentException("benchmark.jar " + jar + " does not exist: package first");
				}
				return jar;
			}
			List<Path> jars = new ArrayList<>();
			Path target = Paths.get("target");
			if (Files.isDirectory(target)) {
				try (DirectoryStream<Path> found = Files.newDirectoryStream(target, "*.jar")) {
					found.forEach((path) -> {
						if (!path.getFileName().toString().endsWith("-plain.jar")) {
							jars.add(path);
						}
					});
				}
			}
			if (jars.size() != 1) {
				throw new IllegalArgumentException("Set benchmark.jar: found " + jars + " in target/");
			}
			return jars.get(0);
		}

	}

}
