package org.sstc.catalogue.search;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.OnEitherSearchBackend;
import org.sstc.catalogue.practice.Countries;
import org.sstc.catalogue.practice.Region;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facet counts from the index, checked against counts computed by PostgreSQL from the
 * records themselves.
 */
@CatalogueTest
@OnEitherSearchBackend
class SearchFacetsTests extends CatalogueHttpTest {

	/**
	 * For each facet, the SQL that lists (practice id, value) once per practice and
	 * value, parts included.
	 */
	private static final Map<String, String> VALUES_SQL = Map.of("region",
			"select id, lower(replace(region, '_', '-')) as value from practice where status = 'PUBLISHED'", "theme",
			"select distinct id, t as value from practice, jsonb_array_elements_text(themes) t where status = 'PUBLISHED'",
			"modality",
			"select distinct id, m as value from practice, jsonb_array_elements_text(modalities) m where status = 'PUBLISHED'",
			"country", """
					select distinct id, c ->> 'code' as value from practice, jsonb_array_elements(
					    countries || coalesce((select jsonb_agg(c2) from jsonb_array_elements(parts) part,
					    jsonb_array_elements(part -> 'countries') c2), '[]')) c where status = 'PUBLISHED'""",
			"organisation",
			"""
					select distinct id, case when position(' ' in k) = 0 then upper(k) else k end as value
					from (select id, coalesce(nullif(o ->> 'acronym', ''), o ->> 'name') as k from practice,
					    jsonb_array_elements(organisations || coalesce((select jsonb_agg(o2) from jsonb_array_elements(parts) part,
					    jsonb_array_elements(part -> 'organisations') o2), '[]')) o where status = 'PUBLISHED') keys""",
			"funding", """
					select distinct id, f ->> 'code' as value from practice, jsonb_array_elements(
					    funding_sources || coalesce((select jsonb_agg(f2) from jsonb_array_elements(parts) part,
					    jsonb_array_elements(part -> 'fundingSources') f2), '[]')) f where status = 'PUBLISHED'""",
			"compendium", """
					select p.id, c.code as value from practice p join compendium c on c.id = p.compendium_id
					where p.status = 'PUBLISHED'""");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyFacetCountsWhatTheDatabaseCounts() {
		JsonNode facets = this.client.get("/api/practices").json().get("facets");
		for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
			assertThat(counts(facets.get(facet.name()))).as(facet.name()).isEqualTo(databaseCounts(facet.name(), null));
		}
	}

	@Test
	void countsFollowTheOtherFacetsSelectionButIgnoreTheirOwn() {
		JsonNode result = this.client.get("/api/practices?region=africa&region=americas").json();
		Map<String, Long> regions = databaseCounts("region", null);
		assertThat(result.get("total").asLong()).isEqualTo(regions.get("africa") + regions.get("americas"));
		assertThat(counts(result.get("facets").get("region"))).isEqualTo(regions);
		assertThat(counts(result.get("facets").get("theme")))
			.isEqualTo(databaseCounts("theme", "region in ('AFRICA', 'AMERICAS')"));
		assertThat(result.get("facets")
			.get("region")
			.valueStream()
			.filter((value) -> value.get("selected").asBoolean())
			.map((value) -> value.get("value").asString())).containsExactlyInAnyOrder("africa", "americas");
	}

	@Test
	void filtersCombineWithOrWithinAFacetAndAndAcrossFacets() {
		long either = this.client.get("/api/practices?theme=labour-inspection&theme=occupational-safety-health")
			.json()
			.get("total")
			.asLong();
		Long expectedEither = this.jdbc.queryForObject("""
				select count(*) from practice where status = 'PUBLISHED'
				and (themes ? 'labour-inspection' or themes ? 'occupational-safety-health')""", Long.class);
		assertThat(either).isEqualTo(expectedEither);

		long both = this.client.get("/api/practices?theme=occupational-safety-health&region=arab-states")
			.json()
			.get("total")
			.asLong();
		Long expectedBoth = this.jdbc.queryForObject("""
				select count(*) from practice where status = 'PUBLISHED'
				and themes ? 'occupational-safety-health' and region = 'ARAB_STATES'""", Long.class);
		assertThat(both).isEqualTo(expectedBoth).isPositive();
	}

	@Test
	void countryGroupsCountThePracticesInAnyOfTheirCountriesAndIgnoreTheCountrySelection() {
		Map<String, java.util.Set<Long>> practicesByRegion = new HashMap<>();
		this.jdbc.query(VALUES_SQL.get("country"), (row) -> {
			String code = row.getString("value");
			long id = row.getLong("id");
			String region = Countries.region(code)
				.map(Region::code)
				.orElseThrow(() -> new AssertionError("a country of the records in no region: " + code));
			practicesByRegion.computeIfAbsent(region, (each) -> new java.util.HashSet<>()).add(id);
		});
		for (String search : java.util.List.of("/api/practices", "/api/practices?country=BR&country=SN")) {
			JsonNode groups = this.client.get(search).json().get("facetGroups").get("country");
			Map<String, Long> counts = new HashMap<>();
			groups.forEach((group) -> {
				counts.put(group.get("value").asString(), group.get("count").asLong());
				group.get("values")
					.forEach((country) -> assertThat(Countries.region(country.asString()).map(Region::code))
						.contains(group.get("value").asString()));
			});
			Map<String, Long> expected = new HashMap<>();
			practicesByRegion.forEach((region, ids) -> expected.put(region, (long) ids.size()));
			assertThat(counts).as(search).isEqualTo(expected);
		}
	}

	@Test
	void facetCountsFollowTheQueryText() {
		JsonNode result = this.client.get("/api/practices?q=cotton").json();
		long total = result.get("total").asLong();
		long regionSum = result.get("facets")
			.get("region")
			.valueStream()
			.mapToLong((v) -> v.get("count").asLong())
			.sum();
		assertThat(regionSum).isEqualTo(total);
	}

	private Map<String, Long> databaseCounts(String facet, String condition) {
		String sql = "select value, count(*) as n from (" + VALUES_SQL.get(facet) + ") v"
				+ ((condition != null) ? " where id in (select id from practice where " + condition + ")" : "")
				+ " group by value";
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.query(sql, (row) -> {
			counts.put(row.getString("value"), row.getLong("n"));
		});
		return counts;
	}

	private static Map<String, Long> counts(JsonNode values) {
		Map<String, Long> counts = new HashMap<>();
		values.forEach((value) -> {
			if (value.get("count").asLong() > 0) {
				counts.put(value.get("value").asString(), value.get("count").asLong());
			}
		});
		return counts;
	}

}
