package org.sstc.catalogue.operations;

import org.sstc.catalogue.search.SearchIndexMaintenance;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The search part of readiness ({@code search}): out of service while the index is checked at start-up or built from
 * nothing (searches would answer 503), down when the index cannot be read (a search cluster out of reach, damaged
 * files), up otherwise, with the index's state and number of documents.
 */
@Component
class SearchHealthIndicator extends AbstractHealthIndicator {

	private final SearchIndexMaintenance maintenance;

	private final SearchIndexStatistics statistics;

	SearchHealthIndicator(SearchIndexMaintenance maintenance, SearchIndexStatistics statistics) {
		super("The search index could not be read");
		this.maintenance = maintenance;
		this.statistics = statistics;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("state", this.maintenance.state().name());
		if (!this.maintenance.searchable()) {
			builder.outOfService();
			return;
		}
		builder.withDetail("documents", this.statistics.documents()).up();
	}

}
