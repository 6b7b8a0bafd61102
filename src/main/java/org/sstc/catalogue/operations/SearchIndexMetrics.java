package org.sstc.catalogue.operations;

import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The index's size, read at each scrape: {@code catalogue.search.index.documents} and,
 * for the embedded Lucene index, {@code catalogue.search.index.size} in bytes. A value
 * that cannot be read is NaN, never a failed scrape.
 */
@Component
class SearchIndexMetrics implements MeterBinder {

	private final SearchIndexStatistics statistics;

	SearchIndexMetrics(SearchIndexStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("catalogue.search.index.documents", this.statistics, (statistics) -> orNaN(statistics::documents))
			.description("Documents in the search index")
			.strongReference(true)
			.register(registry);
		this.statistics.embeddedIndex()
			.ifPresent((index) -> Gauge
				.builder("catalogue.search.index.size", index, (lucene) -> orNaN(lucene::computeSizeInBytes))
				.description("Size of the embedded search index")
				.baseUnit(BaseUnits.BYTES)
				.strongReference(true)
				.register(registry));
	}

	private static double orNaN(LongSupplier value) {
		try {
			return value.getAsLong();
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
