package org.sstc.catalogue.search;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sstc.catalogue.practice.Modality;
import org.sstc.catalogue.practice.PracticeChangedEvent;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.practice.VocabularyTerm;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The English labels of facet values: vocabulary labels for regions, themes and modalities; for countries,
 * organisations and funding sources, the names the records give, read from PostgreSQL whenever the catalogue changes.
 */
@Component
public class FacetLabels {

	private static final String NAMES_SQL = """
			with lists as (
			    select countries as items, 'country' as facet from practice
			    union all select organisations, 'organisation' from practice
			    union all select funding_sources, 'funding' from practice
			    union all select part -> 'countries', 'country' from practice, jsonb_array_elements(parts) part
			    union all select part -> 'organisations', 'organisation' from practice, jsonb_array_elements(parts) part
			    union all select part -> 'fundingSources', 'funding' from practice, jsonb_array_elements(parts) part)
			select distinct facet,
			       -- as Organisation.key(): one word in capitals
			       case when facet = 'organisation' and position(' ' in value) = 0 then upper(value) else value end
			           as value,
			       label
			from (select facet, coalesce(item ->> 'code', nullif(item ->> 'acronym', ''), item ->> 'name') as value,
			             item ->> 'name' as label
			      from lists, jsonb_array_elements(items) item) named
			""";

	private final JdbcTemplate jdbc;

	private volatile Map<String, Map<String, String>> names = Map.of();

	FacetLabels(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@TransactionalEventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onPracticeChanged(PracticeChangedEvent event) {
		refresh();
	}

	/** Reads the names again; called at start-up and after every change to the catalogue. */
	public void refresh() {
		Map<String, Map<String, String>> read = new HashMap<>();
		this.jdbc.query(NAMES_SQL, (row) -> {
			read.computeIfAbsent(row.getString("facet"), (facet) -> new ConcurrentHashMap<>())
				.putIfAbsent(row.getString("value"), row.getString("label"));
		});
		this.names = read;
	}

	public String label(String facet, String value) {
		return switch (facet) {
			case "region" -> VocabularyTerm.find(Region.class, value).map(Region::label).orElse(value);
			case "theme" -> VocabularyTerm.find(Theme.class, value).map(Theme::label).orElse(value);
			case "modality" -> VocabularyTerm.find(Modality.class, value).map(Modality::label).orElse(value);
			default -> this.names.getOrDefault(facet, Map.of()).getOrDefault(value, value);
		};
	}

}
