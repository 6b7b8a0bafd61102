package org.sstc.catalogue.practice;

import java.util.List;

/**
 * A practice as curated in its file under {@code db/practices/}: the shape of the YAML, field for field. See the
 * README's data section for what each field holds.
 */
public record CuratedPractice(int number, String slug, String heading, String shortTitle, String title, Region region,
		String regionAsWritten, boolean regionInferred, String authors, String institutions, String countriesInvolved,
		List<CountryRef> countries, List<Organisation> organisations, String objectives, String cooperation,
		String peerLearning, String innovation, String sustainability, String adaptability, String results,
		String contactDetails, List<Contact> contacts, String funding, List<FundingSource> fundingSources,
		String materials, List<WebLink> links, List<String> imageCaptions, List<Theme> themes,
		List<Modality> modalities, List<PracticePart> parts, List<String> repairs, List<String> missing) {

	public CuratedPractice {
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
