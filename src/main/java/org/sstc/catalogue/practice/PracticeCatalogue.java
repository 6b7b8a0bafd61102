package org.sstc.catalogue.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published practices, as the public pages and the JSON API see them. */
@Service
@Transactional(readOnly = true)
public class PracticeCatalogue {

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	private static final String STAMP = """
			select p.id, c.code, p.number, p.status, p.updated_at, p.region, p.themes::text
			from practice p join compendium c on c.id = p.compendium_id""";

	private final PracticeRepository practices;

	private final JdbcTemplate jdbc;

	PracticeCatalogue(PracticeRepository practices, JdbcTemplate jdbc) {
		this.practices = practices;
		this.jdbc = jdbc;
	}

	public Optional<Practice> find(String slug) {
		return this.practices.findBySlugAndStatus(slug, PracticeStatus.PUBLISHED);
	}

	/**
	 * The published practices with these ids, in the order given; one no longer published
	 * is left out.
	 */
	public List<Practice> findPublished(List<Long> ids) {
		Map<Long, Practice> found = new HashMap<>();
		this.practices.findAllById(ids)
			.stream()
			.filter((practice) -> practice.getStatus() == PracticeStatus.PUBLISHED)
			.forEach((practice) -> found.put(practice.getId(), practice));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/** The published practice of this number in the compendium of this code. */
	public Optional<Practice> find(String compendiumCode, int number) {
		return this.practices.findByCompendiumCodeAndNumberAndStatus(compendiumCode, number, PracticeStatus.PUBLISHED);
	}

	/**
	 * What a harvester first needs of the practices that match, published or not, by id
	 * (the order that stays when practices are added) after the given id: enough to list
	 * headers by date and set without reading the records; at most {@code limit}.
	 */
	public List<PracticeStamp> stamps(StampCriteria criteria, long afterId, int limit) {
		List<Object> arguments = new ArrayList<>();
		String where = where(criteria, arguments) + " and p.id > ?";
		arguments.add(afterId);
		arguments.add(limit);
		return this.jdbc.query(STAMP + where + " order by p.id limit ?", PracticeCatalogue::stamp, arguments.toArray());
	}

	/** How many practices, published or not, match. */
	public long countStamps(StampCriteria criteria) {
		List<Object> arguments = new ArrayList<>();
		return this.jdbc.queryForObject("select count(*) from practice p join compendium c on c.id = p.compendium_id"
				+ where(criteria, arguments), Long.class, arguments.toArray());
	}

	/** The practice of this number in the compendium of this code, published or not. */
	public Optional<PracticeStamp> stamp(String compendiumCode, int number) {
		return this.jdbc
			.query(STAMP + " where c.code = ? and p.number = ? order by p.id limit 1", PracticeCatalogue::stamp,
					compendiumCode, number)
			.stream()
			.findFirst();
	}

	/** When the earliest practice, published or not, last changed. */
	public Optional<Instant> earliestChange() {
		return Optional.ofNullable(this.jdbc.queryForObject("select min(updated_at) from practice", Timestamp.class))
			.map(Timestamp::toInstant);
	}

	/**
	 * The codes of the compendia that hold practices, in the order of their first
	 * practice.
	 */
	public List<String> compendiumCodesInUse() {
		return this.jdbc.queryForList("""
				select c.code from practice p join compendium c on c.id = p.compendium_id
				group by c.code order by min(p.id)""", String.class);
	}

	private static String where(StampCriteria criteria, List<Object> arguments) {
		StringBuilder where = new StringBuilder(" where ").append(criteria.none() ? "false" : "true");
		if (criteria.from() != null) {
			where.append(" and p.updated_at >= ?");
			arguments.add(Timestamp.from(criteria.from()));
		}
		if (criteria.before() != null) {
			where.append(" and p.updated_at < ?");
			arguments.add(Timestamp.from(criteria.before()));
		}
		if (criteria.compendiumCode() != null) {
			where.append(" and c.code = ?");
			arguments.add(criteria.compendiumCode());
		}
		if (criteria.region() != null) {
			where.append(" and p.region = ?");
			arguments.add(criteria.region().name());
		}
		if (criteria.theme() != null) {
			where.append(" and p.themes @> jsonb_build_array(?::text)");
			arguments.add(criteria.theme().code());
		}
		if (criteria.anyTheme()) {
			where.append(" and jsonb_array_length(p.themes) > 0");
		}
		return where.toString();
	}

	private static PracticeStamp stamp(ResultSet row, int index) throws SQLException {
		return new PracticeStamp(row.getLong(1), row.getString(2), row.getInt(3),
				PracticeStatus.valueOf(row.getString(4)), row.getTimestamp(5).toInstant(),
				Region.valueOf(row.getString(6)), themes(row.getString(7)));
	}

	private static List<Theme> themes(String json) {
		return JSON.readValue(json, new tools.jackson.core.type.TypeReference<List<String>>() {
		}).stream().flatMap((code) -> VocabularyTerm.find(Theme.class, code).stream()).toList();
	}

	/** Every practice with these ids, published or not, in the order given. */
	public List<Practice> findAll(List<Long> ids) {
		Map<Long, Practice> found = new HashMap<>();
		this.practices.findAllById(ids).forEach((practice) -> found.put(practice.getId(), practice));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/** How many practices are published. */
	public long publishedCount() {
		return this.jdbc.queryForObject("select count(*) from practice where status = 'PUBLISHED'", Long.class);
	}

	/** When a published practice last changed, if any is published. */
	public Optional<Instant> latestPublishedChange() {
		return Optional
			.ofNullable(this.jdbc.queryForObject("select max(updated_at) from practice where status = 'PUBLISHED'",
					Timestamp.class))
			.map(Timestamp::toInstant);
	}

	/**
	 * The addresses of the published practices, by number, from the given place in that
	 * order: a slice, as a sitemap of a large catalogue is written in files of at most
	 * 50,000 addresses.
	 */
	public List<PublishedAddress> publishedAddresses(long offset, int limit) {
		return this.jdbc.query(
				"select slug, updated_at from practice where status = 'PUBLISHED' order by number, id offset ? limit ?",
				(row, i) -> new PublishedAddress(row.getString(1), row.getTimestamp(2).toInstant()), offset, limit);
	}

	/**
	 * The home page's counts from the database, for when the search index cannot give
	 * them.
	 */
	public CatalogueOverview.Counts counts() {
		Map<Region, Long> byRegion = new EnumMap<>(Region.class);
		for (Region region : Region.values()) {
			byRegion.put(region, 0L);
		}
		this.jdbc.query("select region, count(*) from practice where status = 'PUBLISHED' group by region", (row) -> {
			byRegion.put(Region.valueOf(row.getString(1)), row.getLong(2));
		});
		Map<Theme, Long> byTheme = new EnumMap<>(Theme.class);
		for (Theme theme : Theme.values()) {
			byTheme.put(theme, 0L);
		}
		this.jdbc.query("""
				select theme, count(*) from practice, jsonb_array_elements_text(themes) theme
				where status = 'PUBLISHED' group by theme""", (row) -> {
			long count = row.getLong(2);
			VocabularyTerm.find(Theme.class, row.getString(1)).ifPresent((theme) -> byTheme.put(theme, count));
		});
		return new CatalogueOverview.Counts(byRegion.values().stream().mapToLong(Long::longValue).sum(), byRegion,
				byTheme);
	}

}
