package org.sstc.catalogue.discovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeCatalogue;
import org.sstc.catalogue.practice.PracticeInBrief;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.search.SearchQuery;
import org.sstc.catalogue.search.SearchResults;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * One page of a search as an Atom 1.0 feed (RFC 4287), with the paging links of RFC 5005.
 */
@Component
class SearchFeed {

	static final int PAGE_SIZE = 30;

	private final PracticeCatalogue catalogue;

	private final PracticeLinks links;

	private final MessageSource messages;

	SearchFeed(PracticeCatalogue catalogue, PracticeLinks links, MessageSource messages) {
		this.catalogue = catalogue;
		this.links = links;
		this.messages = messages;
	}

	Feed of(SearchQuery query, SearchResults.Page results) {
		Locale locale = LocaleContextHolder.getLocale();
		Feed feed = new Feed("atom_1.0");
		String self = this.links.to("/practices.atom", query.toQueryString());
		// one identity for every page of the same search
		feed.setId(this.links.to("/practices.atom", query.withPage(1).toQueryString()));
		feed.setLanguage(locale.getLanguage());
		feed.setTitle(
				query.hasText() ? this.messages.getMessage("feed.title.query", new Object[] { query.text() }, locale)
						: this.messages.getMessage("feed.title", null, locale));
		feed.setAuthors(List.of(person(this.messages.getMessage("feed.author", null, locale))));
		List<Link> others = new ArrayList<>();
		others.add(link("self", "application/atom+xml", self));
		others.add(link("first", "application/atom+xml",
				this.links.to("/practices.atom", query.withPage(1).toQueryString())));
		if (results.hasPrevious()) {
			others.add(link("previous", "application/atom+xml",
					this.links.to("/practices.atom", query.withPage(query.page() - 1).toQueryString())));
		}
		if (results.hasNext()) {
			others.add(link("next", "application/atom+xml",
					this.links.to("/practices.atom", query.withPage(query.page() + 1).toQueryString())));
		}
		others.add(link("last", "application/atom+xml",
				this.links.to("/practices.atom", query.withPage(results.pageCount()).toQueryString())));
		feed.setOtherLinks(others);
		feed.setAlternateLinks(
				List.of(link("alternate", "text/html", this.links.to("/practices", query.toQueryString()))));
		List<Practice> practices = this.catalogue
			.findPublished(results.hits().stream().map((hit) -> hit.practice().id()).toList());
		feed.setEntries(practices.stream().map(this::entry).toList());
		// the newest change among the entries; an empty feed changes when the catalogue's
		// first practice does
		Instant updated = practices.stream()
			.map(Practice::getUpdatedAt)
			.max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH);
		feed.setUpdated(Date.from(updated));
		return feed;
	}

	private Entry entry(Practice practice) {
		Entry entry = new Entry();
		entry.setId(this.links.permanent(practice));
		entry.setTitle(practice.getShortTitle());
		entry.setAlternateLinks(List.of(link("alternate", "text/html", this.links.page(practice))));
		entry.setUpdated(Date.from(practice.getUpdatedAt()));
		if (practice.getCreatedAt() != null) {
			entry.setPublished(Date.from(practice.getCreatedAt()));
		}
		if (StringUtils.hasText(practice.getBody().authors())) {
			entry.setAuthors(List.of(person(practice.getBody().authors())));
		}
		Content summary = new Content();
		summary.setType(Content.TEXT);
		summary.setValue(summary(practice));
		entry.setSummary(summary);
		List<Category> categories = new ArrayList<>();
		categories.add(category(this.links.to("/practices", "") + "?region=", practice.getRegion().code(),
				practice.getRegion().label()));
		for (Theme theme : practice.getThemes()) {
			categories.add(category(this.links.to("/practices", "") + "?theme=", theme.code(), theme.label()));
		}
		entry.setCategories(categories);
		return entry;
	}

	/** The practice's title and the first sentences of what it did and achieved. */
	private static String summary(Practice practice) {
		String brief = PracticeInBrief.of(practice).text();
		return brief.isEmpty() ? practice.getTitle() : practice.getTitle() + ". " + brief;
	}

	private static Category category(String scheme, String term, String label) {
		Category category = new Category();
		category.setScheme(scheme);
		category.setTerm(term);
		category.setLabel(label);
		return category;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static SyndPerson person(String name) {
		Person person = new Person();
		person.setName(name);
		return person;
	}

}
