package org.sstc.catalogue.discovery;

import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.system.PublicUrls;

import org.springframework.stereotype.Component;

/**
 * The absolute addresses of a practice that other tools keep: its page, and its permanent
 * link.
 */
@Component
class PracticeLinks {

	private final PublicUrls urls;

	PracticeLinks(PublicUrls urls) {
		this.urls = urls;
	}

	String page(Practice practice) {
		return page(practice.getSlug());
	}

	String page(String slug) {
		return this.urls.to("/practices/{slug}", slug);
	}

	/**
	 * Stays the same when staff change the practice's slug: feeds, citations and
	 * harvesters identify it by this.
	 */
	String permanent(Practice practice) {
		return this.urls.to("/gp/{compendium}/{number}", practice.getCompendium().getCode(), practice.getNumber());
	}

	/**
	 * An absolute address of the catalogue, with a query string already encoded (may be
	 * empty).
	 */
	String to(String path, String queryString) {
		String base = this.urls.to(path);
		return queryString.isEmpty() ? base : base + "?" + queryString;
	}

	String base() {
		return this.urls.base();
	}

}
