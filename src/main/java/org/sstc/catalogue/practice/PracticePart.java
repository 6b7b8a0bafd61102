package org.sstc.catalogue.practice;

import java.util.List;

/**
 * One part of a practice that the compendium describes in separate parts (good practice 5 has Part I and Part II),
 * each with its own author, title, countries and fields. Text fields are Markdown.
 */
public record PracticePart(String label, String authors, String institutions, String title,
		String countriesInvolved, List<CountryRef> countries, List<Organisation> organisations, String objectives,
		String cooperation, String peerLearning, String innovation, String sustainability, String adaptability,
		String results, String contactDetails, List<Contact> contacts, String funding,
		List<FundingSource> fundingSources, String materials, List<WebLink> links) {

	public PracticePart {
		countries = nullToEmpty(countries);
		organisations = nullToEmpty(organisations);
		contacts = nullToEmpty(contacts);
		fundingSources = nullToEmpty(fundingSources);
		links = nullToEmpty(links);
	}

	/** The narrative fields in the compendium's order, as the detail page lists them. */
	public List<PracticeSection> sections() {
		return PracticeSection.of(this);
	}

	private static <T> List<T> nullToEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
