package org.sstc.catalogue.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings.
 *
 * @param reindexOnStart rebuild the index at every start, not only when it is missing,
 * broken or stale
 * @param checkInterval how often the index is compared with the database and repaired if
 * need be
 * @param indexDirectory the embedded Lucene index's folder, when it lives on disk (set
 * aside if it cannot be read)
 * @param backend where the index lives: embedded in this process, or on an OpenSearch
 * cluster that every instance shares
 * @param opensearch the OpenSearch cluster, with {@link Backend#OPENSEARCH}
 * @param coordination how the writes of several instances reach the index; by default
 * {@link Coordination#NONE} on Lucene and {@link Coordination#OUTBOX_POLLING} on
 * OpenSearch
 * @param meanings how far what a query means, beyond its words, ranks the practices
 * @param readingsDirectory where what is read from the whole collection is kept between
 * starts (the collection's names); none is kept when unset
 * @param admission how many searches run at once, and how long others wait for their turn
 */
@ConfigurationProperties("catalogue.search")
public record SearchProperties(boolean reindexOnStart, @DefaultValue("30s") Duration checkInterval, Path indexDirectory,
		@DefaultValue("lucene") Backend backend, @DefaultValue OpenSearch opensearch, Coordination coordination,
		@DefaultValue Meanings meanings, Path readingsDirectory, @DefaultValue Admission admission) {

	public enum Backend {

		/**
		 * An index inside this process, on its disk: nothing to install, one instance.
		 */
		LUCENE,
		/**
		 * An OpenSearch 2.x cluster, through Hibernate Search's Elasticsearch backend.
		 */
		OPENSEARCH

	}

	public enum Coordination {

		/**
		 * Each instance writes to the index in the request that saves (the index sees the
		 * write at once).
		 */
		NONE,
		/**
		 * Each save also writes an event into PostgreSQL's outbox table, in its
		 * transaction; every instance's background processors index the events, so no
		 * write is lost when an instance stops.
		 */
		OUTBOX_POLLING

	}

	/**
	 * @param uris the cluster's addresses, e.g. {@code http://localhost:9200}
	 * @param version the OpenSearch version the cluster runs (major.minor), checked at
	 * start-up
	 * @param indexPrefix put before the index's name ({@code practice}), so that several
	 * catalogues (or test runs) can share one cluster; lower case
	 */
	public record OpenSearch(@DefaultValue("http://localhost:9200") List<URI> uris,
			@DefaultValue("2.19") String version, @DefaultValue("") String indexPrefix) {
	}

	/**
	 * The concepts of the vocabulary nearest to a query in meaning, each a ranking
	 * signal.
	 *
	 * @param enabled whether queries are embedded and compared with the concepts at all
	 * @param threshold the least cosine similarity at which a concept counts
	 * @param margin how far below the nearest concept others may be and still count
	 * @param most how many concepts at most a query takes
	 * @param weight how much a concept weighs beside the words: the boost of its clause,
	 * times its similarity
	 * @param passagePractices up to how many published practices the practices' own
	 * passages are embedded and rank long queries too
	 */
	public record Meanings(@DefaultValue("true") boolean enabled, @DefaultValue("0.5") double threshold,
			@DefaultValue("0.08") double margin, @DefaultValue("2") int most, @DefaultValue("2") float weight,
			@DefaultValue("1000") int passagePractices) {
	}

	/**
	 * Searches are work for the CPU: run all at once, a crowd of them shares the cores
	 * and the heap, every one slows down and the collector runs more; taken in turn, each
	 * ends sooner and more end in a second.
	 *
	 * @param concurrent how many searches run at once; 0 (the default) for twice the
	 * processors
	 * @param maxWait how long a search waits for its turn before it is answered 503 with
	 * Retry-After
	 */
	public record Admission(@DefaultValue("0") int concurrent, @DefaultValue("10s") Duration maxWait) {

		public Admission {
			if (concurrent < 0) {
				throw new IllegalArgumentException(
						"catalogue.search.admission.concurrent must be 0 (twice the processors) or more, not "
								+ concurrent);
			}
			if (maxWait.isNegative()) {
				throw new IllegalArgumentException("catalogue.search.admission.max-wait must not be negative");
			}
		}

		/** How many searches run at once on this machine. */
		int permits() {
			return (this.concurrent > 0) ? this.concurrent : 2 * Runtime.getRuntime().availableProcessors();
		}

	}

	public SearchProperties {
		if (coordination == null) {
			coordination = (backend == Backend.OPENSEARCH) ? Coordination.OUTBOX_POLLING : Coordination.NONE;
		}
	}

	/**
	 * The Lucene index's folder when the index is one on this machine's disk; null
	 * otherwise.
	 */
	Path localIndexDirectory() {
		return (this.backend == Backend.LUCENE) ? this.indexDirectory : null;
	}

	/** Whether writes go through the outbox, processed by whichever instance polls it. */
	boolean outboxPolling() {
		return this.coordination == Coordination.OUTBOX_POLLING;
	}

}
