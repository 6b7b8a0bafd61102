package org.sstc.catalogue.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.FundingSource;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.VocabularyTerm;
import org.sstc.catalogue.practice.WebLink;
import org.sstc.catalogue.system.MarkdownRenderer;

/**
 * The searchable text of a practice, per index field: the plain text of each record field
 * (Markdown removed, the parts' fields included), labels and names for the vocabularies
 * (with their French and Spanish names). What the index holds and what snippets quote.
 */
final class PracticeText {

	private PracticeText() {
	}

	static Map<String, List<String>> of(Practice practice) {
		Map<String, List<String>> texts = new HashMap<>();
		texts.put(PracticeFields.SHORT_TITLE, List.of(practice.getShortTitle()));
		texts.put(PracticeFields.TITLE, List.of(practice.getTitle()));
		texts.put(PracticeFields.THEMES,
				practice.getThemes()
					.stream()
					.flatMap((theme) -> Stream.concat(Stream.of(theme.label(), theme.keywords()),
							VocabularyTranslations.of(theme).stream()))
					.toList());
		texts.put(PracticeFields.COUNTRIES, practice.allCountries().stream().map(CountryRef::name).toList());
		texts.put(PracticeFields.ORGANISATIONS,
				practice.allOrganisations()
					.stream()
					.map((org) -> Stream.of(org.acronym(), org.name())
						.filter(Objects::nonNull)
						.reduce((a, b) -> a + " " + b)
						.orElse(""))
					.toList());
		List<String> region = new ArrayList<>(nonNull(practice.getRegion().label(), practice.getRegionAsWritten()));
		region.addAll(VocabularyTranslations.of(practice.getRegion()));
		texts.put(PracticeFields.REGION, region);
		List<String> modalities = new ArrayList<>(labels(practice.getModalities()));
		practice.getModalities().forEach((modality) -> modalities.addAll(VocabularyTranslations.of(modality)));
		texts.put(PracticeFields.MODALITIES, modalities);
		texts.put(PracticeFields.OBJECTIVES, plain(practice, PracticeBody::objectives));
		texts.put(PracticeFields.RESULTS, plain(practice, PracticeBody::results));
		texts.put(PracticeFields.COOPERATION, plain(practice, PracticeBody::cooperation));
		texts.put(PracticeFields.PEER_LEARNING, plain(practice, PracticeBody::peerLearning));
		texts.put(PracticeFields.INNOVATION, plain(practice, PracticeBody::innovation));
		texts.put(PracticeFields.SUSTAINABILITY, plain(practice, PracticeBody::sustainability));
		texts.put(PracticeFields.ADAPTABILITY, plain(practice, PracticeBody::adaptability));
		texts.put(PracticeFields.COUNTRIES_INVOLVED, plain(practice, PracticeBody::countriesInvolved));
		List<String> authors = new ArrayList<>(
				nonNull(practice.getBody().authors(), practice.getBody().institutions()));
		practice.getParts()
			.forEach((part) -> authors
				.addAll(nonNull(part.body().title(), part.body().authors(), part.body().institutions())));
		texts.put(PracticeFields.AUTHORS, authors);
		List<String> funding = new ArrayList<>(plain(practice, PracticeBody::funding));
		allFundingSources(practice).map(FundingSource::name).forEach(funding::add);
		texts.put(PracticeFields.FUNDING, funding);
		texts.put(PracticeFields.CONTACTS, plain(practice, PracticeBody::contactDetails));
		List<String> materials = new ArrayList<>(plain(practice, PracticeBody::materials));
		practice.bodies().stream().flatMap((body) -> body.links().stream()).map(WebLink::title).forEach(materials::add);
		materials.addAll(practice.getImageCaptions());
		texts.put(PracticeFields.MATERIALS, materials);
		return texts;
	}

	static Stream<FundingSource> allFundingSources(Practice practice) {
		return practice.bodies().stream().flatMap((body) -> body.fundingSources().stream());
	}

	/** A section's plain text in the practice, then in each of its parts. */
	private static List<String> plain(Practice practice, Function<PracticeBody, String> section) {
		return practice.bodies().stream().map((body) -> MarkdownRenderer.plainText(section.apply(body))).toList();
	}

	private static List<String> labels(List<? extends VocabularyTerm> terms) {
		return terms.stream().map(VocabularyTerm::label).toList();
	}

	private static List<String> nonNull(String... values) {
		return Stream.of(values).filter(Objects::nonNull).toList();
	}

}
