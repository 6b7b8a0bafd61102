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
 */
@ConfigurationProperties("catalogue.search")
public record SearchProperties(boolean reindexOnStart, @DefaultValue("30s") Duration checkInterval, Path indexDirectory,
		@DefaultValue("lucene") Backend backend, @DefaultValue OpenSearch opensearch, Coordination coordination) {

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
