package org.sstc.catalogue.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.hibernate.search.engine.search.query.SearchResult;
import org.sstc.catalogue.system.CatalogueVersion;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeChangedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The catalogue's version as the search index holds it: its latest change and its number
 * of practices. Every instance reads the same index (the same OpenSearch cluster, or its
 * own index kept in step), so they agree. Read again at most once a
 * {@value #FRESH_MILLIS} ms, and at once after this instance writes a practice or
 * rebuilds the index. ({@link FacetLabels} follows it, so that a change another instance
 * made is named on this instance's pages too.)
 */
@Component
class IndexedCatalogueVersion implements CatalogueVersion {

	private static final long FRESH_MILLIS = 1000;

	private final IndexSearches searches;

	private volatile Read last;

	IndexedCatalogueVersion(IndexSearches searches) {
		this.searches = searches;
	}

	private record Read(long at, Optional<String> version) {
	}

	@Override
	public Optional<String> current() {
		Read read = this.last;
		long now = System.nanoTime();
		if (read == null || now - read.at() > Duration.ofMillis(FRESH_MILLIS).toNanos()) {
			read = new Read(now, readIndex());
			this.last = read;
		}
		return read.version();
	}

	private Optional<String> readIndex() {
		try {
			SearchResult<Instant> latest = this.searches.runNow((session) -> session.search(Practice.class)
				.select((f) -> f.field(PracticeFields.UPDATED_AT, Instant.class))
				.where((f) -> f.matchAll())
				.sort((f) -> f.field(PracticeFields.UPDATED_AT).desc())
				.fetch(1));
			Instant changed = latest.hits().isEmpty() ? Instant.EPOCH : latest.hits().get(0);
			return Optional.of(Long.toString(changed.getEpochSecond() * 1_000_000 + changed.getNano() / 1000, 36) + "."
					+ Long.toString(latest.total().hitCount(), 36));
		}
		catch (SearchUnavailableException ex) {
			return Optional.empty();
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onPracticeChanged(PracticeChangedEvent event) {
		this.last = null;
	}

	@EventListener
	void onIndexRebuilt(SearchIndexRebuiltEvent event) {
		this.last = null;
	}

}
