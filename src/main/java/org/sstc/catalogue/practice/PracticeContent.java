package org.sstc.catalogue.practice;

import java.util.List;

/**
 * Everything a practice says, field for field: the shape of the curated YAML files under {@code db/practices/} (see
 * the README's data section) and of what staff save through the admin form.
 */
public record PracticeContent(int number, String slug, String heading, String shortTitle, String title, Region region,
		String regionAsWritten, boolean regionInferred, String authors, String institutions, String countriesInvolved,
		List<CountryRef> countries, List<Organisation> organisations, String objectives, String cooperation,
		String peerLearning, String innovation, String sustainability, String adaptability, String results,
		String contactDetails, List<Contact> contacts, String funding, List<FundingSource> fundingSources,
		String materials, List<WebLink> links, List<String> imageCaptions, List<Theme> themes,
		List<Modality> modalities, List<PracticePart> parts, List<String> repairs, List<String> missing) {

	public PracticeContent {
		countries = nullToEmpty(countries);
		organisations = nullToEmpty(organisations);
		contacts = nullToEmpty(contacts);
		fundingSources = nullToEmpty(fundingSources);
		links = nullToEmpty(links);
		imageCaptions = nullToEmpty(imageCaptions);
		themes = nullToEmpty(themes);
		modalities = nullToEmpty(modalities);
		parts = nullToEmpty(parts);
		repairs = nullToEmpty(repairs);
		missing = nullToEmpty(missing);
	}

	private static <T> List<T> nullToEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
