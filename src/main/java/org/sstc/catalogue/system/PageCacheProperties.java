package org.sstc.catalogue.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of public pages and API answers.
 *
 * @param enabled whether anonymous requests are answered from the cache
 * @param maxSize how much compressed content it keeps at most; the least used answers go first
 */
@ConfigurationProperties("catalogue.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("16MB") DataSize maxSize) {
}
