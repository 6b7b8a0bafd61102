package org.sstc.catalogue.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings.
 *
 * @param reindexOnStart rebuild the index at every start, not only when it is missing, broken or stale
 * @param checkInterval how often the index is compared with the database and repaired if need be
 * @param indexDirectory the embedded Lucene index's folder, when it lives on disk (set aside if it cannot be read)
 */
@ConfigurationProperties("catalogue.search")
public record SearchProperties(boolean reindexOnStart, @DefaultValue("30s") Duration checkInterval,
		Path indexDirectory) {
}
