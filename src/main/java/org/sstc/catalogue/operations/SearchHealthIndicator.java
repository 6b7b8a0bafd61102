package org.sstc.catalogue.operations;

import org.sstc.catalogue.search.SearchIndexMaintenance;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search part of readiness ({@code search}): out of service while the index is
 * checked at start-up or built from nothing (searches would answer 503), down when the
 * index cannot be read (a search cluster out of reach, damaged files), up otherwise, with
 * the index's state and number of documents. A failure is not logged: a load balancer
 * probes every few seconds, and the health details say what failed.
 */
@Component
class SearchHealthIndicator implements HealthIndicator {

	private final SearchIndexMaintenance maintenance;

	private final SearchIndexStatistics statistics;

	SearchHealthIndicator(SearchIndexMaintenance maintenance, SearchIndexStatistics statistics) {
		this.maintenance = maintenance;
		this.statistics = statistics;
	}

	@Override
	public Health health() {
		String state = this.maintenance.state().name();
		if (!this.maintenance.searchable()) {
			return Health.outOfService().withDetail("state", state).build();
		}
		try {
			return Health.up().withDetail("state", state).withDetail("documents", this.statistics.documents()).build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).withDetail("state", state).build();
		}
	}

}
