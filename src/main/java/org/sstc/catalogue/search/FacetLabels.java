package org.sstc.catalogue.search;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sstc.catalogue.practice.CompendiumChangedEvent;
import org.sstc.catalogue.practice.PracticeChangedEvent;
import org.sstc.catalogue.system.CatalogueVersion;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The English labels of facet values: vocabulary labels for regions, themes and
 * modalities; for countries, organisations and funding sources, the names the records
 * give, and for compendia their titles, read from PostgreSQL whenever the catalogue
 * changes: at once after a change made here, and within {@value #CHECK_MILLIS} ms of a
 * change made by another instance (its version, as the shared index holds it, moves).
 * Search never waits for PostgreSQL: while it is away, the names read last are kept.
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
			union all select 'compendium', code, title from compendium
			""";

	static final long CHECK_MILLIS = 2000;

	private static final Logger logger = LoggerFactory.getLogger(FacetLabels.class);

	private final CollectionReads reads;

	private final CatalogueVersion version;

	private volatile Map<String, Map<String, String>> names = Map.of();

	private volatile Optional<String> namesVersion = Optional.empty();

	FacetLabels(CollectionReads reads, CatalogueVersion version) {
		this.reads = reads;
		this.version = version;
	}

	@TransactionalEventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onPracticeChanged(PracticeChangedEvent event) {
		refresh();
	}

	/** A compendium's facet value is named by its title. */
	@TransactionalEventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onCompendiumChanged(CompendiumChangedEvent event) {
		refresh();
	}

	/**
	 * Read by the next check, in the background: at 100,000 practices the reading takes
	 * seconds.
	 */
	@EventListener(ApplicationStartedEvent.class)
	void onStarted() {
		this.namesVersion = Optional.empty();
	}

	/** On the index's own thread, before the rebuilt index is searched. */
	@EventListener(SearchIndexRebuiltEvent.class)
	void onRebuilt() {
		try {
			refresh();
		}
		catch (DataAccessException ex) {
			this.namesVersion = Optional.empty();
			logger.warn("Facet value names not read again, PostgreSQL did not answer: {}", ex.toString());
		}
	}

	@Scheduled(fixedDelay = CHECK_MILLIS, initialDelay = CHECK_MILLIS)
	void refreshWhenTheCatalogueChanged() {
		Optional<String> current = this.version.current();
		if (current.isPresent() && !current.equals(this.namesVersion)) {
			try {
				refresh();
				this.namesVersion = current;
			}
			catch (DataAccessException ex) {
				logger.debug("Facet value names not read again, PostgreSQL did not answer: {}", ex.toString());
			}
		}
	}

	/**
	 * Reads the names again; called at start-up and after every change to the catalogue.
	 */
	public void refresh() {
		Map<String, Map<String, String>> read = new HashMap<>();
		this.reads.stream(NAMES_SQL, (row) -> {
			read.computeIfAbsent(row.getString("facet"), (facet) -> new ConcurrentHashMap<>())
				.putIfAbsent(row.getString("value"), row.getString("label"));
		});
		this.names = read;
	}

	public String label(String facet, String value) {
		return CatalogueSearchDefinition.facet(facet)
			.map(FacetDefinition::vocabularyLabel)
			.map((vocabulary) -> vocabulary.apply(value).orElse(value))
			.orElseGet(() -> this.names.getOrDefault(facet, Map.of()).getOrDefault(value, value));
	}

}
