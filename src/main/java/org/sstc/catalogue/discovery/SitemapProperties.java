package org.sstc.catalogue.discovery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sitemap's settings.
 *
 * @param urlsPerFile how many addresses one sitemap file lists at most (the protocol's
 * limit is 50,000); a catalogue with more is listed in several files under a sitemap
 * index
 */
@ConfigurationProperties("catalogue.sitemap")
record SitemapProperties(@DefaultValue("50000") int urlsPerFile) {

	static final int PROTOCOL_LIMIT = 50_000;

	SitemapProperties {
		if (urlsPerFile < 1 || urlsPerFile > PROTOCOL_LIMIT) {
			throw new IllegalArgumentException(
					"catalogue.sitemap.urls-per-file must be between 1 and " + PROTOCOL_LIMIT + ", not " + urlsPerFile);
		}
	}

}
