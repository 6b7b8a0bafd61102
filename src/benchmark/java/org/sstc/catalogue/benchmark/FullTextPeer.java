package org.sstc.catalogue.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.sstc.catalogue.benchmark.ClosedLoop.Outcome;
import org.sstc.catalogue.benchmark.Measurement.Target;
import org.sstc.catalogue.benchmark.SearchPool.SearchRequest;

/**
 * What PostgreSQL's own full-text search does with the same rows and the same searches, so that the report gives
 * ratios and not only times: a {@code tsvector} over the same text fields (titles weighted A; heading, countries,
 * institutions, organisations and themes B; the narrative fields, parts included, C; authors, contacts, funding and
 * materials D) with a GIN index, and the facet values as arrays with GIN indexes. Each search is one statement: the
 * query by {@code websearch_to_tsquery('english', ...)}, the filters, the page of hits ranked by {@code ts_rank} (or
 * by number or title, as asked), the total, and the region and theme counts of the matching rows, each ignoring its
 * own selection as the catalogue's do.
 */
final class FullTextPeer {

	private static final String TABLE = "benchmark_fts_peer";

	private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);

	private final BenchmarkDatabase database;

	private final Supplier<MachineLoad> machine;

	FullTextPeer(BenchmarkDatabase database, Supplier<MachineLoad> machine) {
		this.database = database;
		this.machine = machine;
	}

	/** Builds the peer's table and indexes from the published practices; returns how long it took. */
	Duration build() throws SQLException {
		long started = System.nanoTime();
		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop table if exists " + TABLE);
			statement.execute("""
					create table %s as
					select p.number, p.title, p.region,
					       array(select jsonb_array_elements_text(p.themes)) as themes,
					       array(select c ->> 'code' from jsonb_array_elements(p.countries) as c) as countries,
					       array(select case when k like '%% %%' then k else upper(k) end
					             from (select btrim(coalesce(nullif(btrim(o ->> 'acronym'), ''), o ->> 'name')) as k
					                   from jsonb_array_elements(p.organisations) as o) as keys) as organisations,
					       array(select jsonb_array_elements_text(p.modalities)) as modalities,
					       array(select f ->> 'code' from jsonb_array_elements(p.funding_sources) as f) as funding,
					       setweight(to_tsvector('english', concat_ws(' ', p.title, p.short_title)), 'A')
					       || setweight(to_tsvector('english', concat_ws(' ', p.heading, p.countries_involved,
					              p.institutions,
					              (select string_agg(c ->> 'name', ' ') from jsonb_array_elements(p.countries) as c),
					              (select string_agg(concat_ws(' ', o ->> 'acronym', o ->> 'name'), ' ')
					               from jsonb_array_elements(p.organisations) as o),
					              (select string_agg(replace(t, '-', ' '), ' ')
					               from jsonb_array_elements_text(p.themes) as t))), 'B')
					       || setweight(to_tsvector('english', concat_ws(' ', p.objectives, p.cooperation,
					              p.peer_learning, p.innovation, p.sustainability, p.adaptability, p.results)), 'C')
					       || setweight(jsonb_to_tsvector('english', p.parts, '["string"]'), 'C')
					       || setweight(to_tsvector('english', concat_ws(' ', p.authors, p.contact_details, p.funding,
					              p.materials)), 'D') as document
					from practice p
					where p.status = 'PUBLISHED'""".formatted(TABLE));
			statement.execute("create index on " + TABLE + " using gin (document)");
			for (String column : List.of("themes", "countries", "organisations", "modalities", "funding")) {
				statement.execute("create index on " + TABLE + " using gin (" + column + ")");
			}
			statement.execute("create index on " + TABLE + " (region)");
			statement.execute("analyze " + TABLE);
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/** The searches of the cursor, each client on a connection of its own. */
	Measurement searches(int clients, Duration duration, SearchPool.Cursor cursor) throws Exception {
		return ClosedLoop.run(Target.PEER, clients, duration, (client) -> new Searcher(cursor), this.machine);
	}

	private final class Searcher implements ClosedLoop.Worker {

		private final Connection connection;

		private final SearchPool.Cursor cursor;

		Searcher(SearchPool.Cursor cursor) throws SQLException {
			this.cursor = cursor;
			this.connection = FullTextPeer.this.database.connect();
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("set statement_timeout = " + STATEMENT_TIMEOUT.toMillis());
			}
		}

		@Override
		public Outcome next() {
			SearchRequest request = this.cursor.next();
			List<Object> parameters = new ArrayList<>();
			String sql = sql(request, parameters);
			try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
				for (int i = 0; i < parameters.size(); i++) {
					Object parameter = parameters.get(i);
					if (parameter instanceof String[] values) {
						statement.setArray(i + 1, this.connection.createArrayOf("text", values));
					}
					else {
						statement.setObject(i + 1, parameter);
					}
				}
				long total = -1;
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						if ("total".equals(rows.getString(1))) {
							total = rows.getLong(3);
						}
					}
				}
				return Outcome.answered(total);
			}
			catch (SQLException ex) {
				return Outcome.failed(request.queryString() + ": " + ex.getMessage());
			}
		}

		@Override
		public void close() throws SQLException {
			this.connection.close();
		}

	}

	/** The statement of one search, its parameters added to the list in order. */
	static String sql(SearchRequest request, List<Object> parameters) {
		boolean text = !request.text().isBlank();
		String regionOk = "true";
		String themeOk = "true";
		StringBuilder others = new StringBuilder();
		List<Object> otherValues = new ArrayList<>();
		Object regions = null;
		Object themes = null;
		for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
			String[] values = filter.getValue().toArray(String[]::new);
			switch (filter.getKey()) {
				case "region" -> {
					regionOk = "region = any(?)";
					for (int i = 0; i < values.length; i++) {
						values[i] = values[i].toUpperCase(Locale.ROOT).replace('-', '_');
					}
					regions = values;
				}
				case "theme" -> {
					themeOk = "themes && ?";
					themes = values;
				}
				case "country", "organisation", "modality", "funding" -> {
					others.append(" and ").append(column(filter.getKey())).append(" && ?");
					otherValues.add(values);
				}
				default -> throw new IllegalArgumentException(filter.getKey());
			}
		}
		// in the order the statement names them: the text, region, theme, the other filters, the page
		if (text) {
			parameters.add(request.text());
		}
		if (regions != null) {
			parameters.add(regions);
		}
		if (themes != null) {
			parameters.add(themes);
		}
		parameters.addAll(otherValues);
		String sort = (request.sort() != null) ? request.sort() : text ? "relevance" : "number";
		String order = switch (sort) {
			case "relevance" -> "rank desc, number";
			case "title" -> "title, number";
			default -> "number";
		};
		parameters.add(request.effectiveSize());
		parameters.add((request.effectivePage() - 1) * request.effectiveSize());
		return """
				with q as (select %s as query),
				matched as materialized (
				    select number, title, region, themes, %s as rank, %s as region_ok, %s as theme_ok
				    from %s, q
				    where %s%s)
				(select 'hit', title, rank::float8 from matched where region_ok and theme_ok order by %s limit ? offset ?)
				union all
				select 'total', null, count(*)::float8 from matched where region_ok and theme_ok
				union all
				(select 'region', region, count(*)::float8 from matched where theme_ok group by region)
				union all
				(select 'theme', t, count(*)::float8 from matched, unnest(themes) as t where region_ok group by t)
				""".formatted(text ? "websearch_to_tsquery('english', ?)" : "null::tsquery",
				text ? "ts_rank(document, q.query)" : "0", regionOk, themeOk, TABLE,
				text ? "document @@ q.query" : "true", others, order);
	}

	private static String column(String facet) {
		return switch (facet) {
			case "country" -> "countries";
			case "organisation" -> "organisations";
			case "modality" -> "modalities";
			default -> "funding";
		};
	}

}
