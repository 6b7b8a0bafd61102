package org.sstc.catalogue.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sstc.catalogue.practice.Practice;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the Lucene index in step with PostgreSQL, the source of truth. Writes through the application reach the
 * index by themselves; rows that Flyway inserts, an index from an older version of the document, or a lost index do
 * not, so at start-up (before the web server takes requests) the index is rebuilt when its count, its latest change
 * or its document version differ from the database's. A rebuild can also be asked for at any time.
 */
@Component
public class SearchIndexMaintenance implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexMaintenance.class);

	private final EntityManagerFactory entityManagerFactory;

	private final FacetLabels labels;

	private final SearchProperties properties;

	private final ApplicationEventPublisher events;

	SearchIndexMaintenance(EntityManagerFactory entityManagerFactory, FacetLabels labels,
			SearchProperties properties, ApplicationEventPublisher events) {
		this.entityManagerFactory = entityManagerFactory;
		this.labels = labels;
		this.properties = properties;
		this.events = events;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.reindexOnStart()) {
			logger.info("Rebuilding the search index, as catalogue.search.reindex-on-start asks");
			reindex();
		}
		else if (isStale()) {
			logger.info("The search index is missing or stale: rebuilding it from the database");
			reindex();
		}
		this.labels.refresh();
	}

	/** Rebuilds the whole index from the database; searches keep working meanwhile. */
	public long reindex() {
		long started = System.nanoTime();
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(Practice.class)
				.massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(50)
				// one segment: every query term is looked up once per segment, and a fresh index has no other writes
				.mergeSegmentsOnFinish(true)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		this.labels.refresh();
		long count = indexedCount();
		logger.info("Indexed {} practices in {} ms", count, (System.nanoTime() - started) / 1_000_000);
		this.events.publishEvent(new SearchIndexRebuiltEvent(count));
		return count;
	}

	/** Whether the index differs from the database in its number of practices, latest change or document version. */
	public boolean isStale() {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			Object[] database = entityManager
				.createQuery("select count(p), max(p.updatedAt) from Practice p", Object[].class)
				.getSingleResult();
			SearchSession session = Search.session(entityManager);
			var result = session.search(Practice.class)
				.select((f) -> f.field(PracticeFields.UPDATED_AT, Instant.class))
				.where((f) -> f.match()
					.field(PracticeFields.DOCUMENT_VERSION)
					.matching(PracticeIndexBinder.DOCUMENT_VERSION))
				.sort((f) -> f.field(PracticeFields.UPDATED_AT).desc())
				.fetch(1);
			long totalInIndex = session.search(Practice.class).where((f) -> f.matchAll()).fetchTotalHitCount();
			List<Instant> latest = result.hits();
			long databaseCount = ((Number) database[0]).longValue();
			return result.total().hitCount() != databaseCount || totalInIndex != databaseCount
					|| !Objects.equals(database[1], latest.isEmpty() ? null : latest.get(0));
		}
		finally {
			entityManager.close();
		}
	}

	private long indexedCount() {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			return Search.session(entityManager).search(Practice.class).where((f) -> f.matchAll()).fetchTotalHitCount();
		}
		finally {
			entityManager.close();
		}
	}

}
