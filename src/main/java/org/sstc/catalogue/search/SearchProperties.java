package org.sstc.catalogue.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search settings.
 *
 * @param reindexOnStart rebuild the index at every start, not only when it is missing or stale
 */
@ConfigurationProperties("catalogue.search")
public record SearchProperties(boolean reindexOnStart) {
}
