package org.sstc.catalogue.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's settings, from system properties ({@code -Dbenchmark.records=30,100000} and so on; the README's
 * Benchmarks section lists them).
 *
 * @param records the sizes measured, each in a database of its own: the 30 curated practices plus synthetic ones
 * @param clients the concurrent clients of the loaded measurements (the others have one)
 * @param warmup how long the server warms up on distinct searches before the measurements
 * @param duration how long each measurement lasts
 * @param heap the server's -Xmx
 * @param jdbcUrl a database to connect to while creating and dropping the benchmark's own
 * @param user the PostgreSQL user
 * @param password its password (given to the server through its environment)
 * @param jar the application jar
 * @param databasePrefix the names of the databases created, followed by the number of records
 * @param startTimeout how long a start may take until the full index answers
 * @param timeout how long the whole run may take before it stops, cleaning up
 * @param gzip whether clients ask for compressed answers, as browsers do
 * @param serverJvmOptions the JVM options the README recommends for the catalogue (the pom passes them)
 * @param jvmArgs more options for the server's JVM
 * @param keep whether to keep the databases and the servers' data directories
 * @param syntheticSql the synthetic data script, {@code db/benchmark/synthetic-practices.sql}
 * @param workDirectory where the servers' logs and data directories go, and the report
 * @param staticPath the static file whose throughput is the floor
 * @param seed the seed of the generated searches
 */
record BenchmarkSettings(List<Integer> records, int clients, Duration warmup, Duration duration, String heap,
		String jdbcUrl, String user, String password, Path jar, String databasePrefix, Duration startTimeout,
		Duration timeout, boolean gzip, List<String> serverJvmOptions, List<String> jvmArgs, boolean keep,
		Path syntheticSql, Path workDirectory, String staticPath, long seed) {

	/** The practices the Flyway migrations load; synthetic ones are made from them. */
	static final int CURATED_PRACTICES = 30;

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

	static BenchmarkSettings fromSystemProperties() throws IOException {
		List<Integer> records = Arrays.stream(property("benchmark.records", "30,100000").split(","))
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.map(Integer::valueOf)
			.toList();
		if (records.isEmpty() || records.stream().anyMatch((count) -> count < CURATED_PRACTICES)) {
			throw new IllegalArgumentException("benchmark.records must list counts of at least " + CURATED_PRACTICES);
		}
		int clients = Integer.parseInt(property("benchmark.clients", "16"));
		if (clients < 1 || clients > 256) {
			throw new IllegalArgumentException("benchmark.clients must be from 1 to 256");
		}
		String prefix = property("benchmark.database", "sstc_benchmark_");
		if (!IDENTIFIER.matcher(prefix).matches()) {
			throw new IllegalArgumentException("benchmark.database must be a lower-case SQL identifier");
		}
		String jdbcUrl = property("benchmark.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/postgres");
		if (!JDBC_URL.matcher(jdbcUrl).matches()) {
			throw new IllegalArgumentException("benchmark.jdbcUrl must be a jdbc:postgresql://host/database URL");
		}
		Path script = Path.of(property("benchmark.syntheticSql", "db/benchmark/synthetic-practices.sql"));
		if (!Files.isRegularFile(script)) {
			throw new IllegalArgumentException("benchmark.syntheticSql " + script + " does not exist");
		}
		return new BenchmarkSettings(List.copyOf(records), clients, duration("benchmark.warmup", "10s", true),
				duration("benchmark.duration", "30s", false), property("benchmark.heap", "256m"), jdbcUrl,
				property("benchmark.user", "postgres"), property("benchmark.password", ""), findJar(), prefix,
				duration("benchmark.startTimeout", "20m", false), duration("benchmark.timeout", "3h", false),
				Boolean.parseBoolean(property("benchmark.gzip", "true")),
				options(property("benchmark.serverJvmOptions", "")), options(property("benchmark.jvmArgs", "")),
				Boolean.parseBoolean(property("benchmark.keep", "false")), script,
				Path.of(property("benchmark.workDirectory", "target/benchmark")),
				property("benchmark.staticPath", "/css/catalogue.css"),
				Long.parseLong(property("benchmark.seed", "20261130")));
	}

	/** The same server and parameters as the configured URL, another database. */
	String jdbcUrlFor(String database) {
		Matcher matcher = JDBC_URL.matcher(this.jdbcUrl);
		if (!matcher.matches()) {
			throw new IllegalStateException(this.jdbcUrl);
		}
		return matcher.group(1) + database + ((matcher.group(3) != null) ? matcher.group(3) : "");
	}

	/** The server's JVM options as the report shows them. */
	String describeServerOptions() {
		List<String> all = new ArrayList<>(List.of("-Xmx" + this.heap));
		all.addAll(this.serverJvmOptions);
		all.addAll(this.jvmArgs);
		return String.join(" ", all) + ", MALLOC_ARENA_MAX=2";
	}

	private static List<String> options(String spaceSeparated) {
		return Arrays.stream(spaceSeparated.split("\\s+")).filter((argument) -> !argument.isEmpty()).toList();
	}

	private static String property(String name, String defaultValue) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? defaultValue : value.strip();
	}

	/** A number of seconds, or a number with ms, s, m or h: "10s", "500ms", "2m", "3h". */
	private static Duration duration(String name, String defaultValue, boolean mayBeZero) {
		String value = property(name, defaultValue).toLowerCase(Locale.ROOT);
		Matcher matcher = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?").matcher(value);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(name + " must be a duration such as 30s, 500ms, 2m or 1h: " + value);
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
		Duration duration = switch (unit) {
			case "ms" -> Duration.ofMillis(amount);
			case "m" -> Duration.ofMinutes(amount);
			case "h" -> Duration.ofHours(amount);
			default -> Duration.ofSeconds(amount);
		};
		if (duration.isZero() && !mayBeZero || duration.compareTo(Duration.ofHours(12)) > 0) {
			throw new IllegalArgumentException(name + " must be more than zero and at most 12 hours: " + value);
		}
		return duration;
	}

	/** The jar Maven passes in, else the one packaged in target/ (not a plain jar left beside it). */
	private static Path findJar() throws IOException {
		String configured = System.getProperty("benchmark.jar");
		if (configured != null && !configured.isBlank()) {
			Path jar = Path.of(configured);
			if (!Files.isRegularFile(jar)) {
				throw new IllegalArgumentException("benchmark.jar " + jar + " does not exist: package first");
			}
			return jar;
		}
		List<Path> jars = new ArrayList<>();
		Path target = Path.of("target");
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
