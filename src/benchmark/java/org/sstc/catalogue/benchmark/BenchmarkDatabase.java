package org.sstc.catalogue.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The benchmark's databases on the configured PostgreSQL: one per size, created empty for the application to migrate,
 * filled with synthetic practices by {@code db/benchmark/synthetic-practices.sql}, and dropped at the end (also when
 * the run fails or is interrupted) unless {@code benchmark.keep} is set.
 */
final class BenchmarkDatabase {

	/** Databases created and not yet dropped, for the shutdown hook. */
	private static final Set<BenchmarkDatabase> CREATED = ConcurrentHashMap.newKeySet();

	private final BenchmarkSettings settings;

	private final String name;

	private BenchmarkDatabase(BenchmarkSettings settings, String name) {
		this.settings = settings;
		this.name = name;
	}

	static BenchmarkDatabase create(BenchmarkSettings settings, int records) throws SQLException {
		BenchmarkDatabase database = new BenchmarkDatabase(settings, settings.databasePrefix() + records);
		database.administer("drop database if exists " + database.name);
		database.administer("create database " + database.name);
		CREATED.add(database);
		return database;
	}

	/** Drops every database still there, unless they are to be kept: for a run that stops early. */
	static void dropAll() {
		for (BenchmarkDatabase database : CREATED) {
			try {
				database.drop();
			}
			catch (SQLException ex) {
				System.err.println("Could not drop " + database.name + ": " + ex.getMessage());
			}
		}
	}

	void drop() throws SQLException {
		if (this.settings.keep()) {
			SearchBenchmark.log("Kept database %s (benchmark.keep)", this.name);
		}
		else {
			// "with (force)" ends connections left open, e.g. by a server killed during its start
			administer("drop database if exists " + this.name + " with (force)");
		}
		CREATED.remove(this);
	}

	String name() {
		return this.name;
	}

	String jdbcUrl() {
		return this.settings.jdbcUrlFor(this.name);
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), this.settings.user(), this.settings.password());
	}

	long publishedPractices() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from practice where status = 'PUBLISHED'")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * Runs the synthetic data script as psql would with {@code -v count=N}: its psql lines (those starting with a
	 * backslash) are left out and {@code :count} is replaced; the rest is plain SQL, sent as one batch.
	 */
	void addSyntheticPractices(Path script, int count) throws SQLException, IOException {
		String sql = Files.readAllLines(script, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.startsWith("\\"))
			.collect(Collectors.joining("\n"))
			.replace(":count", Integer.toString(count));
		long before = publishedPractices();
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		long added = publishedPractices() - before;
		if (added != count) {
			throw new IllegalStateException(script + " added " + added + " practices, not " + count);
		}
	}

	/** The published curated practices' text, as the search pool's vocabulary. */
	List<String> curatedTexts() throws SQLException {
		List<String> texts = new ArrayList<>();
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select concat_ws(E'\\n', title, short_title, objectives, cooperation, peer_learning, innovation,
						    sustainability, adaptability, results,
						    (select string_agg(e.value, E'\\n')
						     from jsonb_array_elements(parts) as part, jsonb_each_text(part) as e(key, value)
						     where e.key in ('title', 'objectives', 'cooperation', 'peerLearning', 'innovation',
						                     'sustainability', 'adaptability', 'results')))
						from practice where status = 'PUBLISHED' and slug not like 'synthetic-%'
						order by number""")) {
			while (rows.next()) {
				texts.add(rows.getString(1));
			}
		}
		return texts;
	}

	/** The values one facet takes among the curated practices, as the search parameters write them. */
	List<String> curatedFacetValues(String facet) throws SQLException {
		String select = switch (facet) {
			case "region" -> "select distinct replace(lower(region), '_', '-')";
			case "theme" -> "select distinct jsonb_array_elements_text(themes)";
			case "country" -> "select distinct jsonb_array_elements(countries) ->> 'code'";
			// Organisation.key(): the acronym where there is one, else the name; one word in capitals
			case "organisation" -> """
					select distinct case when k like '% %' then k else upper(k) end
					from (select btrim(coalesce(nullif(btrim(o ->> 'acronym'), ''), o ->> 'name')) as k, p.*
					      from practice p, jsonb_array_elements(p.organisations) as o) as keyed""";
			case "modality" -> "select distinct jsonb_array_elements_text(modalities)";
			case "funding" -> "select distinct jsonb_array_elements(funding_sources) ->> 'code'";
			default -> throw new IllegalArgumentException(facet);
		};
		String from = facet.equals("organisation") ? "" : " from practice";
		List<String> values = new ArrayList<>();
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select v from (" + select + from
						+ " where status = 'PUBLISHED' and slug not like 'synthetic-%') as x(v) where v is not null "
						+ "order by v")) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private void administer(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.settings.jdbcUrl(), this.settings.user(),
				this.settings.password()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
