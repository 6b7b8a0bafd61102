package org.sstc.catalogue.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.sstc.catalogue.benchmark.CatalogueServer.Startup;
import org.sstc.catalogue.benchmark.Measurement.Target;
import org.sstc.catalogue.benchmark.ResidentMemory.Summary;

/**
 * Benchmark of the search, as a new visitor meets it: every measured request a different search, beside the same
 * server's static-file throughput and PostgreSQL's own full-text search on the same rows, at each size asked for
 * (30 curated practices, and synthetic ones made from them by {@code db/benchmark/synthetic-practices.sql}). For each
 * size it starts the packaged jar on a fresh database, as the catalogue runs in production; times a start with no
 * index and a restart; measures one client and many against the API, the search page, a static file and the peer;
 * then reports every budget line of issue 10. It is a program and not a test because its numbers depend on the
 * machine: it reports them and leaves the judgment to whoever reads them.
 *
 * <p>Run it with {@code ./mvnw -B -Pbenchmark verify -DskipTests}; the settings are in {@link BenchmarkSettings}
 * and the README. Every run is bounded in time, and leaves nothing behind: servers are stopped by their process,
 * databases dropped (unless {@code -Dbenchmark.keep=true}), also when it fails or is interrupted.
 */
public final class SearchBenchmark {


	/** Warm-up errors above this share mean the searches themselves are wrong: measuring them would mislead. */
	private static final double MAX_WARMUP_ERRORS = 0.01;

	private final BenchmarkSettings settings;

	private SearchPool pool;

	private SearchBenchmark(BenchmarkSettings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
		// exec:java runs this in Maven's JVM, where the JDBC driver is in a class loader DriverManager may not scan
		Class.forName("org.postgresql.Driver");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			CatalogueServer.stopAll();
			BenchmarkDatabase.dropAll();
		}, "benchmark-cleanup"));
		Thread watchdog = new Thread(() -> {
			try {
				Thread.sleep(settings.timeout().toMillis());
				System.err.println("The benchmark took longer than benchmark.timeout (" + settings.timeout()
						+ "): stopping its servers and dropping its databases");
				// the shutdown hook cleans up
				System.exit(3);
			}
			catch (InterruptedException ex) {
				// the run ended in time
			}
		}, "benchmark-watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
		try {
			new SearchBenchmark(settings).run();
		}
		finally {
			watchdog.interrupt();
		}
	}

	private void run() throws Exception {
		String loadAverage = MachineLoad.currentLoadAverage();
		// read before the run, which may last long enough for the work tree to change meanwhile
		String revision = revision();
		log("Application %s; sizes %s; %d clients; warm-up %ds, %ds per measurement; %d CPUs; load average %s",
				this.settings.jar(), this.settings.records(), this.settings.clients(),
				this.settings.warmup().toSeconds(), this.settings.duration().toSeconds(),
				Runtime.getRuntime().availableProcessors(), loadAverage);
		List<SizeResult> results = new ArrayList<>();
		try {
			for (int records : this.settings.records()) {
				results.add(measure(records));
			}
		}
		finally {
			if (!results.isEmpty()) {
				String report = new BenchmarkReport(this.settings, header(revision, loadAverage), results).render();
				Files.createDirectories(this.settings.workDirectory());
				Path file = this.settings.workDirectory().resolve("report.md");
				Files.writeString(file, report, StandardCharsets.UTF_8);
				System.out.println();
				System.out.println(report);
				log("Report written to %s", file);
			}
		}
	}

	private SizeResult measure(int records) throws Exception {
		BenchmarkDatabase database = BenchmarkDatabase.create(this.settings, records);
		Path dataDirectory = this.settings.workDirectory().resolve("data-" + records);
		deleteRecursively(dataDirectory);
		try {
			log("%,d practices: first start on the empty database %s (the migrations load the %d curated practices)",
					records, database.name(), BenchmarkSettings.CURATED_PRACTICES);
			Startup first = startAndStop(database, dataDirectory, records, "first-start",
					BenchmarkSettings.CURATED_PRACTICES);
			if (this.pool == null) {
				this.pool = SearchPool.of(database, this.settings.seed());
				log("Search pool: %,d judged queries, a vocabulary of %,d words from the curated practices, and "
						+ "their facet values", this.pool.judgedQueryCount(), this.pool.vocabularySize());
			}
			Duration insert = Duration.ZERO;
			if (records > BenchmarkSettings.CURATED_PRACTICES) {
				log("%,d practices: adding %,d synthetic practices with %s", records,
						records - BenchmarkSettings.CURATED_PRACTICES, this.settings.syntheticSql());
				long started = System.nanoTime();
				database.addSyntheticPractices(this.settings.syntheticSql(),
						records - BenchmarkSettings.CURATED_PRACTICES);
				insert = Duration.ofNanos(System.nanoTime() - started);
				log("%,d practices: synthetic data added in %.1f s", records, insert.toMillis() / 1000.0);
			}
			long practices = database.publishedPractices();
			if (practices != records) {
				throw new IllegalStateException("The database holds " + practices + " published practices, not "
						+ records);
			}

			log("%,d practices: a start with no index", records);
			deleteRecursively(dataDirectory.resolve("index"));
			CatalogueServer noIndex = CatalogueServer.start(this.settings, database, dataDirectory,
					logFile(records, "no-index"));
			ResidentMemory noIndexMemory = ResidentMemory.sample(noIndex.pid());
			long noIndexStarted = System.nanoTime();
			Startup built;
			Duration busyAfterBuild;
			try {
				built = noIndex.awaitReady(records, this.settings.startTimeout());
				log("%,d practices: search page answers after %.1f s, index complete after %.1f s (logged: %s)",
						records, built.firstPage().toMillis() / 1000.0, built.indexComplete().toMillis() / 1000.0,
						built.logged());
				// what a catalogue reads once its index is complete is kept for its restarts
				busyAfterBuild = noIndex.awaitQuiet(this.settings.startTimeout());
				log("%,d practices: the server's own work after the build ended %.1f s after it", records,
						busyAfterBuild.toMillis() / 1000.0);
			}
			finally {
				noIndexMemory.stop();
				noIndex.stop();
			}
			long firstPageAt = noIndexStarted + built.firstPage().toNanos();
			Summary rssStartup = noIndexMemory.between(noIndexStarted, firstPageAt);
			Summary rssBuild = noIndexMemory.between(firstPageAt, noIndexStarted + built.indexComplete().toNanos());

			log("%,d practices: a restart with an up-to-date index", records);
			CatalogueServer server = CatalogueServer.start(this.settings, database, dataDirectory,
					logFile(records, "restart"));
			ResidentMemory memory = ResidentMemory.sample(server.pid());
			long restartStarted = System.nanoTime();
			List<Measurement> warmup;
			List<Measurement> measurements = new ArrayList<>();
			Startup restart;
			Duration busyAfterRestart;
			Summary rssRestart;
			Summary rssLoad;
			CatalogueServer.HomePage homePage;
			boolean outOfMemory;
			SearchPool.Cursor apiAlone;
			SearchPool.Cursor apiLoaded;
			try {
				restart = server.awaitReady(records, this.settings.startTimeout());
				rssRestart = memory.between(restartStarted, System.nanoTime());
				log("%,d practices: restarted, search answers after %.1f s", records,
						restart.indexComplete().toMillis() / 1000.0);
				busyAfterRestart = server.awaitQuiet(this.settings.startTimeout());
				log("%,d practices: the server's own work after the restart ended %.1f s after searches answered",
						records, busyAfterRestart.toMillis() / 1000.0);
				long loadStarted = System.nanoTime();
				HttpLoad http = new HttpLoad(server, this.settings.gzip(),
						() -> MachineLoad.read(server.pid(), database.name()));
				warmup = warmUp(records, http);
				int clients = this.settings.clients();
				Duration duration = this.settings.duration();
				log("%,d practices: static file, %d clients", records, clients);
				measurements.add(http.staticFile(this.settings.staticPath(), clients, duration));
				apiAlone = this.pool.fresh();
				measurements.add(logged(records, http.searches(Target.API, 1, duration, apiAlone)));
				apiLoaded = this.pool.fresh();
				measurements.add(logged(records, http.searches(Target.API, clients, duration, apiLoaded)));
				measurements.add(logged(records, http.searches(Target.PAGE, 1, duration, this.pool.fresh())));
				measurements.add(logged(records, http.searches(Target.PAGE, clients, duration, this.pool.fresh())));
				rssLoad = memory.between(loadStarted, System.nanoTime());
				// last, since a home page that runs out of memory can leave the server unable to answer anything
				homePage = server.homePage();
				outOfMemory = server.ranOutOfMemory();
				log("%,d practices: home page %s", records, homePage);
			}
			finally {
				memory.stop();
				server.stop();
			}

			log("%,d practices: building the PostgreSQL full-text search peer", records);
			Supplier<MachineLoad> machine = () -> MachineLoad.read(-1, database.name());
			FullTextPeer peer = new FullTextPeer(database, machine);
			Duration peerBuild = peer.build();
			log("%,d practices: peer built in %.1f s", records, peerBuild.toMillis() / 1000.0);
			// the same searches as the API's measurements, in the same order
			measurements.add(logged(records, peer.searches(1, this.settings.duration(), this.pool.replay(apiAlone))));
			measurements.add(logged(records,
					peer.searches(this.settings.clients(), this.settings.duration(), this.pool.replay(apiLoaded))));
			return new SizeResult(records, first, insert, built, busyAfterBuild, restart, busyAfterRestart, rssStartup,
					rssBuild, rssRestart, rssLoad, peerBuild, warmup, measurements, homePage,
					outOfMemory || noIndex.ranOutOfMemory());
		}
		finally {
			database.drop();
			if (!this.settings.keep()) {
				deleteRecursively(dataDirectory);
			}
		}
	}

	private Startup startAndStop(BenchmarkDatabase database, Path dataDirectory, int records, String name,
			long practices) throws Exception {
		CatalogueServer server = CatalogueServer.start(this.settings, database, dataDirectory, logFile(records, name));
		try {
			return server.awaitReady(practices, this.settings.startTimeout());
		}
		finally {
			server.stop();
		}
	}

	/**
	 * Half the warm-up on the API, half on the page, with the measurements' clients and other searches: the JIT,
	 * Lucene's and PostgreSQL's caches get warm, and a pool whose searches the server refuses fails the run here.
	 */
	private List<Measurement> warmUp(int records, HttpLoad http) throws Exception {
		List<Measurement> warmup = new ArrayList<>();
		if (this.settings.warmup().isZero()) {
			return warmup;
		}
		log("%,d practices: warm-up, %ds", records, this.settings.warmup().toSeconds());
		Duration half = this.settings.warmup().dividedBy(2);
		for (Target target : List.of(Target.API, Target.PAGE)) {
			Measurement measured = http.searches(target, this.settings.clients(), half, this.pool.fresh());
			warmup.add(measured);
			long all = measured.latencies().length + measured.errors();
			if (measured.errors() > MAX_WARMUP_ERRORS * Math.max(1, all)) {
				throw new IllegalStateException(measured.errors() + " of " + all + " warm-up requests failed; first: "
						+ measured.firstError());
			}
		}
		return warmup;
	}

	private static Measurement logged(int records, Measurement measured) {
		log("%,d practices: %s, %d client(s): %s req/s, median %s ms, p99 %s ms, %d errors", records,
				measured.target().label, measured.clients(),
				String.format(Locale.ROOT, "%.1f", measured.throughput()), Measurement.format(measured.millis(50)),
				Measurement.format(measured.millis(99)), measured.errors());
		return measured;
	}

	private Path logFile(int records, String name) {
		return this.settings.workDirectory().resolve("logs").resolve(records + "-" + name + ".log");
	}

	private String header(String revision, String loadAverage) {
		return String.format(Locale.ROOT,
				"%s, build %s, %d CPUs, Java %s, load average at the start %s. Search pool: %s judged queries, "
						+ "%s words of the curated practices' vocabulary, their facet values; seed %d.",
				DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)).substring(0, 16)
						+ "Z",
				revision, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				loadAverage, (this.pool != null) ? this.pool.judgedQueryCount() : "n/a",
				(this.pool != null) ? String.format(Locale.ROOT, "%,d", this.pool.vocabularySize()) : "n/a",
				this.settings.seed());
	}

	/** The source's commit, marked when the work tree has changes; "unknown" without git. */
	private static String revision() {
		try {
			Process describe = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true)
				.start();
			if (describe.waitFor(10, TimeUnit.SECONDS) && describe.exitValue() == 0) {
				return new String(describe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			}
			describe.destroyForcibly();
		}
		catch (IOException ex) {
			// no git
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return "unknown";
	}

	static void log(String format, Object... arguments) {
		System.out.printf(Locale.ROOT, "[benchmark %s] %s%n", Instant.now().toString().substring(11, 19),
				String.format(Locale.ROOT, format, arguments));
		System.out.flush();
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
