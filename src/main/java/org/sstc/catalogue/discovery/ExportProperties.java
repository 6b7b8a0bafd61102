package org.sstc.catalogue.discovery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The exports of whole result sets.
 *
 * @param concurrent how many run at once in one instance; more are answered 503 with
 * Retry-After. An export of 100,000 practices takes most of a minute of one core (its
 * records are read from PostgreSQL and written out one by one), and anyone may ask for
 * one: without a limit a few clients asking at once would take every core from the
 * searches.
 */
@ConfigurationProperties("catalogue.exports")
record ExportProperties(@DefaultValue("2") int concurrent) {

	ExportProperties {
		if (concurrent < 1) {
			throw new IllegalArgumentException("catalogue.exports.concurrent must be at least 1, not " + concurrent);
		}
	}

}
