package org.sstc.catalogue.search;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's default ("simple") index layout on OpenSearch, every name starting
 * with {@code catalogue.search.opensearch.index-prefix}: the index
 * {@code <prefix>practice-000001}, written through the alias
 * {@code <prefix>practice-write} and read through {@code <prefix>practice-read}. Several
 * catalogues, or test runs, share a cluster without seeing each other's practices.
 */
record PrefixedIndexLayout(String prefix) implements IndexLayoutStrategy {

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-read";
	}

}
