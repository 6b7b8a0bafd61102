package org.sstc.catalogue.search;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import org.sstc.catalogue.search.SearchProperties.Backend;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Translates the catalogue's search settings ({@code catalogue.search.backend},
 * {@code .opensearch.*}, {@code .coordination}) into Hibernate Search's, in this one
 * place: the backend and its analysis, the OpenSearch cluster's address, version and
 * index names, and the coordination of several instances. The Lucene backend's own
 * settings are set for it only (its folder, {@code hibernate.search.backend.directory.*},
 * is in application.properties, where the tests and the data-folder check read it;
 * OpenSearch ignores it).
 */
@Component
class SearchBackendSettings implements HibernatePropertiesCustomizer {

	private static final String BACKEND = "hibernate.search.backend.";

	private final SearchProperties properties;

	SearchBackendSettings(SearchProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(Map<String, Object> hibernate) {
		// Spring Boot lays these over spring.jpa.properties.*: putIfAbsent leaves what a
		// run sets there (the tests'
		// heap index) alone, and a setting cannot be removed here, only not added
		if (this.properties.backend() == Backend.OPENSEARCH) {
			hibernate.put(BACKEND + "type", "elasticsearch");
			hibernate.put(BACKEND + "uris",
					this.properties.opensearch().uris().stream().map(URI::toString).collect(Collectors.joining(",")));
			hibernate.put(BACKEND + "version", "opensearch:" + this.properties.opensearch().version());
			hibernate.put(BACKEND + "analysis.configurer",
					"class:" + CatalogueElasticsearchAnalysisConfigurer.class.getName());
			hibernate.put(BACKEND + "layout.strategy",
					new PrefixedIndexLayout(this.properties.opensearch().indexPrefix()));
			// a new document version adds fields to the mapping; the rebuild that follows
			// fills them
			hibernate.put("hibernate.search.schema_management.strategy", "create-or-update");
		}
		else {
			hibernate.put(BACKEND + "type", "lucene");
			hibernate.put(BACKEND + "analysis.configurer", "class:" + CatalogueAnalysisConfigurer.class.getName());
			hibernate.putIfAbsent(BACKEND + "lucene_version", "9.12.3");
			// fewer, larger segments while the index is built (a rebuild ends with one
			// segment anyway)
			hibernate.putIfAbsent(BACKEND + "io.writer.ram_buffer_size", "48");
			hibernate.putIfAbsent(BACKEND + "io.merge.factor", "30");
			// Only writes that do not commit by themselves wait for this: the mass
			// indexer's (a save commits its own, IndexWriteFailures, and so do the
			// maintenance's catch-ups). At Hibernate Search's default, a second, a build
			// of 100,000 practices committed about 150 times, each commit flushing small
			// segments that were merged again later; the build ends with a commit anyway
			hibernate.putIfAbsent(BACKEND + "io.commit_interval", "15000");
		}
		if (this.properties.outboxPolling()) {
			// events are indexed in the background by whichever instance polls them: no
			// per-request strategy
			hibernate.put("hibernate.search.coordination.strategy", "outbox-polling");
		}
		else {
			hibernate.put("hibernate.search.coordination.strategy", "none");
			hibernate.putIfAbsent("hibernate.search.indexing.plan.synchronization.strategy", "bean:indexWriteFailures");
		}
	}

}
