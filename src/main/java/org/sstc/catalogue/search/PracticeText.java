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
import org.sstc.catalogue.practice.PracticePart;
import org.sstc.catalogue.practice.VocabularyTerm;
import org.sstc.catalogue.practice.WebLink;
import org.sstc.catalogue.system.MarkdownRenderer;

/**
 * The searchable text of a practice, per index field: the plain text of each record field (Markdown removed, the
 * parts' fields included), labels and names for the vocabularies (with their French and Spanish names). What the
 * index holds and what snippets quote.
 */
final class PracticeText {

	private PracticeText() {
	}

static Map<String, List<String>> of(Practice practice) {
		List<PracticePart> parts = practice.getParts();
		Map<String, List<String>> texts = new HashMap<>();
		texts.put(PracticeFields.SHORT_TITLE, List.of(practice.getShortTitle()));
		texts.put(PracticeFields.TITLE, List.of(practice.getTitle()));
		texts.put(PracticeFields.THEMES, practice.getThemes()
			.stream()
			.flatMap((theme) -> Stream.concat(Stream.of(theme.label(), theme.keywords()),
					VocabularyTranslations.of("theme.", theme).stream()))
			.toList());
		texts.put(PracticeFields.COUNTRIES, practice.allCountries().stream().map(CountryRef::name).toList());
		texts.put(PracticeFields.ORGANISATIONS, practice.allOrganisations()
			.stream()
			.map((org) -> Stream.of(org.acronym(), org.name()).filter(Objects::nonNull).reduce((a, b) -> a + " " + b)
				.orElse(""))
			.toList());
		List<String> region = new ArrayList<>(nonNull(practice.getRegion().label(), practice.getRegionAsWritten()));
		region.addAll(VocabularyTranslations.of("region.", practice.getRegion()));
		texts.put(PracticeFields.REGION, region);
		List<String> modalities = new ArrayList<>(labels(practice.getModalities()));
		practice.getModalities().forEach((modality) -> modalities.addAll(VocabularyTranslations.of("modality.", modality)));
		texts.put(PracticeFields.MODALITIES, modalities);
		texts.put(PracticeFields.OBJECTIVES, plain(practice.getObjectives(), parts, PracticePart::objectives));
		texts.put(PracticeFields.RESULTS, plain(practice.getResults(), parts, PracticePart::results));
		texts.put(PracticeFields.COOPERATION, plain(practice.getCooperation(), parts, PracticePart::cooperation));
		texts.put(PracticeFields.PEER_LEARNING,
				plain(practice.getPeerLearning(), parts, PracticePart::peerLearning));
		texts.put(PracticeFields.INNOVATION, plain(practice.getInnovation(), parts, PracticePart::innovation));
		texts.put(PracticeFields.SUSTAINABILITY,
				plain(practice.getSustainability(), parts, PracticePart::sustainability));
		texts.put(PracticeFields.ADAPTABILITY,
				plain(practice.getAdaptability(), parts, PracticePart::adaptability));
		texts.put(PracticeFields.COUNTRIES_INVOLVED,
				plain(practice.getCountriesInvolved(), parts, PracticePart::countriesInvolved));
		List<String> authors = new ArrayList<>(nonNull(practice.getAuthors(), practice.getInstitutions()));
		parts.forEach((part) -> authors.addAll(nonNull(part.title(), part.authors(), part.institutions())));
		texts.put(PracticeFields.AUTHORS, authors);
		List<String> funding = new ArrayList<>(plain(practice.getFunding(), parts, PracticePart::funding));
		allFundingSources(practice).map(FundingSource::name).forEach(funding::add);
		texts.put(PracticeFields.FUNDING, funding);
		texts.put(PracticeFields.CONTACTS,
				plain(practice.getContactDetails(), parts, PracticePart::contactDetails));
		List<String> materials = new ArrayList<>(plain(practice.getMaterials(), parts, PracticePart::materials));
		Stream.concat(practice.getLinks().stream(), parts.stream().flatMap((part) -> part.links().stream()))
			.map(WebLink::title)
			.forEach(materials::add);
		materials.addAll(practice.getImageCaptions());
		texts.put(PracticeFields.MATERIALS, materials);
		return texts;
	}

	static Stream<FundingSource> allFundingSources(Practice practice) {
		return Stream.concat(practice.getFundingSources().stream(),
				practice.getParts().stream().flatMap((part) -> part.fundingSources().stream()));
	}

	private static List<String> plain(String markdown, List<PracticePart> parts,
			Function<PracticePart, String> partField) {
		List<String> values = new ArrayList<>();
		values.add(MarkdownRenderer.plainText(markdown));
		parts.forEach((part) -> values.add(MarkdownRenderer.plainText(partField.apply(part))));
		return values;
	}

	private static List<String> labels(List<? extends VocabularyTerm> terms) {
		return terms.stream().map(VocabularyTerm::label).toList();
	}

	private static List<String> nonNull(String... values) {
		return Stream.of(values).filter(Objects::nonNull).toList();
	}

}
