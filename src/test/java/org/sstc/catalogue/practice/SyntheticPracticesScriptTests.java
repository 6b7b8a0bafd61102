package org.sstc.catalogue.practice;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's synthetic data, {@code db/benchmark/synthetic-practices.sql}, still
 * fits the schema the migrations make (a column added there without it fails here), and
 * makes what it says: published practices with new numbers and slugs, each with its first
 * revision, built from the curated practices' values, no two with the same text; a second
 * run adds as many again. Run as the benchmark runs it: psql's own lines left out,
 * {@code :count} replaced.
 */
@CatalogueTest
class SyntheticPracticesScriptTests {

	private static final Path SCRIPT = Path.of("db", "benchmark", "synthetic-practices.sql");

	@Autowired
	DataSource dataSource;

	@Test
	void addsPublishedPracticesMadeFromTheCuratedOnesWithTheirFirstRevisionAndRunsAgainWithoutCollisions()
			throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				long before = jdbc.queryForObject("select count(*) from practice", Long.class);
				int highest = jdbc.queryForObject("select max(number) from practice", Integer.class);

				run(connection, 40);
				run(connection, 40);

				assertThat(jdbc.queryForObject("select count(*) from practice", Long.class)).isEqualTo(before + 80);
				String synthetic = " from practice where slug like 'synthetic-%'";
				assertThat(jdbc.queryForObject(
						"select count(*)" + synthetic + " and status = 'PUBLISHED' and number > " + highest,
						Long.class))
					.isEqualTo(80);
				assertThat(jdbc.queryForObject("select count(distinct number)" + synthetic, Long.class)).isEqualTo(80);
				// every narrative text is a new mix, not a copy of a curated one
				assertThat(jdbc.queryForObject("select count(distinct objectives)" + synthetic, Long.class))
					.isEqualTo(80);
				assertThat(jdbc.queryForObject("select count(*)" + synthetic + " and (results is null or cooperation "
						+ "is null or jsonb_array_length(themes) = 0)", Long.class))
					.isZero();
				// facet values only from the curated practices, and more than one
				// practice's worth of them
				assertThat(valuesOfSynthetic(jdbc, "select distinct region"))
					.isSubsetOf(valuesOfCurated(jdbc, "select distinct region"));
				assertThat(valuesOfSynthetic(jdbc, "select distinct jsonb_array_elements_text(themes)"))
					.isSubsetOf(valuesOfCurated(jdbc, "select distinct jsonb_array_elements_text(themes)"))
					.hasSizeGreaterThan(5);
				assertThat(valuesOfSynthetic(jdbc, "select distinct jsonb_array_elements(countries) ->> 'code'"))
					.isSubsetOf(valuesOfCurated(jdbc, "select distinct jsonb_array_elements(countries) ->> 'code'"))
					.hasSizeGreaterThan(20);
				// each with one first revision, as the curated practices have theirs
				assertThat(jdbc.queryForObject("""
						select count(*) from practice p
						join practice_aud a on a.id = p.id and a.revtype = 0 and a.objectives = p.objectives
						join revision r on r.id = a.rev and r.username = 'benchmark synthetic data'
						where p.slug like 'synthetic-%'""", Long.class)).isEqualTo(80);
				assertThat(jdbc.queryForObject("""
						select count(*) from practice_aud a join practice p on p.id = a.id
						where p.slug like 'synthetic-%'""", Long.class)).isEqualTo(80);
			}
			finally {
				connection.rollback();
			}
		}
	}

	private static List<String> valuesOfSynthetic(JdbcTemplate jdbc, String select) {
		return jdbc.queryForList(select + " from practice where slug like 'synthetic-%'", String.class);
	}

	private static List<String> valuesOfCurated(JdbcTemplate jdbc, String select) {
		return jdbc.queryForList(select + " from practice where slug not like 'synthetic-%'", String.class);
	}

	private static void run(Connection connection, int count) throws Exception {
		String sql = Files.readAllLines(SCRIPT, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.startsWith("\\"))
			.collect(Collectors.joining("\n"))
			.replace(":count", Integer.toString(count));
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
