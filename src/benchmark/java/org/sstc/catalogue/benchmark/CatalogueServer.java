package org.sstc.catalogue.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application jar running as a child process, as it runs in production, and how long it takes to answer: first
 * the search page (with its results, or with a 503 saying that search is being prepared), then a search that counts
 * every practice of the database. The catalogue has no readiness endpoint, so the benchmark polls: a search answering
 * with the database's count is an index that is complete, whether the server built it before listening (the build
 * of 2026-11-30) or builds it while serving. The home page is not the probe: at 100,000 practices that build's home
 * page ran out of heap (it loads every practice) and took Tomcat's acceptor down with it; {@link #homePage} asks
 * for it once, after the measurements.
 */
final class CatalogueServer {

	private static final Pattern INDEXED = Pattern.compile("Indexed (\\d+) practices in (\\d+) ms");

	private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

	private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

	/** A tenth of a core, in clock ticks a second (Linux's USER_HZ, 100). */
	private static final long QUIET_TICKS_A_SECOND = 10;

	private static final int QUIET_SECONDS = 3;

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	/** The script that starts the catalogue in production. */
	private static final Path LAUNCHER = Path.of("deploy", "start-catalogue");

	/** Enough of a failed server's log to show its exception without flooding the console. */
	private static final int LOG_TAIL_LINES = 40;

	/** Servers still running, for the shutdown hook: an interrupted run leaves no JVM holding a port. */
	private static final Set<CatalogueServer> RUNNING = ConcurrentHashMap.newKeySet();

	private final Process process;

	private final int port;

	private final Path logFile;

	private final long startedNanos;

	private CatalogueServer(Process process, int port, Path logFile, long startedNanos) {
		this.process = process;
		this.port = port;
		this.logFile = logFile;
		this.startedNanos = startedNanos;
	}

	/** Starts the jar on a free port and returns at once; {@link #awaitReady} waits for it. */
	static CatalogueServer start(BenchmarkSettings settings, BenchmarkDatabase database, Path dataDirectory,
			Path logFile) throws IOException {
		int port = freePort();
		List<String> options = new ArrayList<>(List.of("-Xmx" + settings.heap()));
		options.addAll(settings.serverJvmOptions());
		options.addAll(settings.jvmArgs());
		// started as the README says to run it in production: unpacked, with the class archive of its first start
		List<String> command = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString(),
				settings.jar().toAbsolutePath().toString(), "--server.port=" + port,
				"--server.address=127.0.0.1", "--management.server.port=0",
				"--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + settings.user(),
				"--catalogue.data-directory=" + dataDirectory.toAbsolutePath()));
		Files.createDirectories(dataDirectory);
		Files.createDirectories(logFile.getParent());
		ProcessBuilder builder = new ProcessBuilder(command)
			// the working directory holds no docker-compose.yml or stray configuration the application could read
			.directory(dataDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(logFile.toFile());
		// in the environment rather than on the command line, where every user of the machine could read it
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", settings.password());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("CATALOGUE_JAVA_OPTIONS", String.join(" ", options));
		builder.environment()
			.put("CATALOGUE_APPLICATION_DIRECTORY",
					settings.workDirectory().resolve("application").toAbsolutePath().toString());
		// as the README recommends for running the catalogue: fewer malloc arenas, less native memory
		builder.environment().put("MALLOC_ARENA_MAX", "2");
		long started = System.nanoTime();
		CatalogueServer server = new CatalogueServer(builder.start(), port, logFile, started);
		RUNNING.add(server);
		return server;
	}

	/** Stops every server still running: for a run that stops early. */
	static void stopAll() {
		for (CatalogueServer server : RUNNING) {
			server.process.destroyForcibly();
			RUNNING.remove(server);
		}
	}

	/**
	 * Waits until the home page answers, then until a search counts {@code practices}; fails with the tail of the
	 * server's log if it exits or takes longer than the timeout.
	 */
	Startup awaitReady(long practices, Duration timeout) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = this.startedNanos + timeout.toNanos();
		HttpRequest page = HttpRequest.newBuilder(uri("/practices?size=1")).timeout(Duration.ofSeconds(30)).build();
		while (status(http, page, deadline) != 200 && status(http, page, deadline) != 503) {
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		Duration firstPage = sinceStart();
		HttpRequest search = HttpRequest.newBuilder(uri("/api/practices?size=1"))
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.build();
		long lastTotal = -1;
		while (true) {
			String body = answer(http, search, deadline);
			if (body != null) {
				Matcher total = TOTAL.matcher(body);
				lastTotal = total.find() ? Long.parseLong(total.group(1)) : -1;
				if (lastTotal == practices) {
					break;
				}
			}
			if (System.nanoTime() > deadline) {
				throw failure("searches counted " + lastTotal + " practices, not " + practices + ", after " + timeout);
			}
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		return new Startup(firstPage, sinceStart(), loggedIndexing());
	}

	/** The body of a 200 answer, or null while the server does not give one yet. */
	private String answer(HttpClient http, HttpRequest request, long deadline)
			throws IOException, InterruptedException {
		HttpResponse<String> response = send(http, request, deadline);
		return (response != null && response.statusCode() == 200) ? response.body() : null;
	}

	/** The status of the answer, or 0 while the server does not answer yet. */
	private int status(HttpClient http, HttpRequest request, long deadline) throws IOException, InterruptedException {
		HttpResponse<String> response = send(http, request, deadline);
		return (response != null) ? response.statusCode() : 0;
	}

	private HttpResponse<String> send(HttpClient http, HttpRequest request, long deadline)
			throws IOException, InterruptedException {
		if (!this.process.isAlive()) {
			throw failure("the server exited with " + this.process.exitValue());
		}
		if (System.nanoTime() > deadline) {
			throw failure("the server did not answer " + request.uri().getPath() + " in time");
		}
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			// not listening yet, or busy past the request timeout
			return null;
		}
	}

	/** Asks for the home page once: its status and how long it took, or the failure. */
	HomePage homePage() throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long started = System.nanoTime();
		try {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri("/")).timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.discarding());
			return new HomePage(response.statusCode(), Duration.ofNanos(System.nanoTime() - started), null);
		}
		catch (IOException ex) {
			return new HomePage(0, Duration.ofNanos(System.nanoTime() - started), ex.toString());
		}
	}

	/** Whether the server's log says it ran out of memory. */
	boolean ranOutOfMemory() throws IOException {
		return Files.readAllLines(this.logFile, StandardCharsets.UTF_8)
			.stream()
			.anyMatch((line) -> line.contains("OutOfMemoryError"));
	}

	private IllegalStateException failure(String what) {
		return new IllegalStateException(what + "; " + this.logFile + " ends with:\n" + tail());
	}

	void stop() throws InterruptedException {
		// SIGTERM first: Spring closes the index and the connection pool as in a normal shutdown
		this.process.destroy();
		if (!this.process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		RUNNING.remove(this);
	}

	/** The last index build this start logged ("Indexed N practices in M ms"), or null. */
	Indexing loggedIndexing() throws IOException {
		Indexing found = null;
		for (String line : Files.readAllLines(this.logFile, StandardCharsets.UTF_8)) {
			Matcher matcher = INDEXED.matcher(line);
			if (matcher.find()) {
				found = new Indexing(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
			}
		}
		return found;
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * Waits until the server works for nobody but itself no longer: less than a tenth of a core for three seconds in a
	 * row. After a start it reads the collection in the background (the names it knows, the passages it embeds),
	 * minutes of one core at 100,000 practices: a measurement made meanwhile would count that work as the searches',
	 * and a server stopped meanwhile would leave the reading for its next start to do again.
	 *
	 * @return how long the server was busy, or the timeout if it never settled
	 */
	Duration awaitQuiet(Duration timeout) throws IOException, InterruptedException {
		long started = System.nanoTime();
		long deadline = started + timeout.toNanos();
		String pid = Long.toString(pid());
		long previous = MachineLoad.processTicks(pid);
		int quietSeconds = 0;
		while (quietSeconds < QUIET_SECONDS && System.nanoTime() < deadline) {
			Thread.sleep(1000);
			long ticks = MachineLoad.processTicks(pid);
			quietSeconds = (ticks - previous < QUIET_TICKS_A_SECOND) ? quietSeconds + 1 : 0;
			previous = ticks;
		}
		return Duration.ofNanos(System.nanoTime() - started).minusSeconds(quietSeconds);
	}

	URI uri(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.port + pathAndQuery);
	}

	Path logFile() {
		return this.logFile;
	}

	private Duration sinceStart() {
		return Duration.ofNanos(System.nanoTime() - this.startedNanos);
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.logFile, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** One request for the home page: its status (0 without an answer), how long it took, the failure if any. */
	record HomePage(int status, Duration took, String failure) {
	}

	/** An index build the server logged. */
	record Indexing(long practices, long millis) {
	}

	/**
	 * How long a start took: until the home page answered, and until a search counted every practice.
	 *
	 * @param logged the index build the server logged during this start, or null if it built none
	 */
	record Startup(Duration firstPage, Duration indexComplete, Indexing logged) {
	}

}
