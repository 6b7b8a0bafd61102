package org.sstc.catalogue.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sstc.catalogue.practice.Countries;
import org.sstc.catalogue.practice.Modality;
import org.sstc.catalogue.practice.Organisation;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.practice.VocabularyTerm;

/**
 * The whole search interface in one place: its facets (in display order), sort orders and
 * page sizes. The pages, the JSON API and the query builder all iterate over this
 * definition.
 */
public final class CatalogueSearchDefinition {

	public static final List<FacetDefinition> FACETS = List.of(
			new FacetDefinition("region", PracticeFields.REGION_CODE, 6, "region.", vocabulary(Region.class),
					codes(Region.class), label(Region.class)),
			new FacetDefinition("theme", PracticeFields.THEME_CODE, 8, "theme.", vocabulary(Theme.class),
					codes(Theme.class), label(Theme.class)),
			new FacetDefinition("country", PracticeFields.COUNTRY_CODE, 10, null, CatalogueSearchDefinition::isoCode,
					"an ISO 3166-1 alpha-2 code such as BR", null),
			new FacetDefinition("organisation", PracticeFields.ORGANISATION_KEY, 10, null,
					(value) -> anyText(value).map(Organisation::keyOf), "an organisation's acronym or name", null),
			new FacetDefinition("modality", PracticeFields.MODALITY_CODE, 6, "modality.", vocabulary(Modality.class),
					codes(Modality.class), label(Modality.class)),
			new FacetDefinition("funding", PracticeFields.FUNDING_CODE, 6, null, CatalogueSearchDefinition::anyText,
					"a funding source code such as rbtc", null),
			new FacetDefinition("compendium", PracticeFields.COMPENDIUM_CODE, 6, null,
					CatalogueSearchDefinition::anyText, "a compendium's code such as compendium-2022-2023", null));

	/**
	 * The facets shown as two levels: countries under the ILO region they lie in, each
	 * region with the number of practices in any of its countries.
	 */
	public static final List<FacetGrouping> GROUPINGS = List.of(new FacetGrouping("country",
			PracticeFields.COUNTRY_REGION_CODE, (code) -> Countries.region(code).map(Region::code),
			Arrays.stream(Region.values()).filter((region) -> region != Region.GLOBAL).map(Region::code).toList(),
			"region.", (code) -> VocabularyTerm.find(Region.class, code).map(Region::label).orElse(code)));

	/**
	 * How much a match in each text field counts. Titles outrank themes, countries and
	 * organisations, which outrank the long body fields; contacts and materials count
	 * least. Measured by the relevance test (see the README).
	 */
	static final Map<String, Float> FIELD_BOOSTS = Map.ofEntries(Map.entry(PracticeFields.SHORT_TITLE, 6f),
			Map.entry(PracticeFields.TITLE, 4f), Map.entry(PracticeFields.THEMES, 4f),
			Map.entry(PracticeFields.COUNTRIES, 3f), Map.entry(PracticeFields.ORGANISATIONS, 3f),
			Map.entry(PracticeFields.REGION, 2f), Map.entry(PracticeFields.COUNTRIES_INVOLVED, 2f),
			Map.entry(PracticeFields.MODALITIES, 1.5f), Map.entry(PracticeFields.OBJECTIVES, 1.5f),
			Map.entry(PracticeFields.RESULTS, 1.2f), Map.entry(PracticeFields.COOPERATION, 1f),
			Map.entry(PracticeFields.PEER_LEARNING, 1f), Map.entry(PracticeFields.INNOVATION, 1f),
			Map.entry(PracticeFields.SUSTAINABILITY, 0.8f), Map.entry(PracticeFields.ADAPTABILITY, 0.8f),
			Map.entry(PracticeFields.AUTHORS, 1f), Map.entry(PracticeFields.FUNDING, 0.6f),
			Map.entry(PracticeFields.MATERIALS, 0.6f), Map.entry(PracticeFields.CONTACTS, 0.4f));

	/**
	 * The title fields: a snippet is never taken from them, since the result shows the
	 * titles anyway.
	 */
	static final List<String> TITLE_FIELDS = List.of(PracticeFields.SHORT_TITLE, PracticeFields.TITLE);

	/** Extra weight for the query's words as a phrase in a title. */
	static final float TITLE_PHRASE_BOOST = 6f;

	/** Extra weight for the query's words as a phrase in the text. */
	static final float TEXT_PHRASE_BOOST = 2f;

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * The sections a search can be limited to ({@code in=objectives,results}), in the
	 * record's order, with their index fields: the title and the narrative.
	 */
	public static final Map<String, List<String>> SECTIONS = sections();

	private static Map<String, List<String>> sections() {
		Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
		sections.put("title", List.of(PracticeFields.SHORT_TITLE, PracticeFields.TITLE));
		for (String field : List.of(PracticeFields.OBJECTIVES, PracticeFields.COOPERATION, PracticeFields.PEER_LEARNING,
				PracticeFields.INNOVATION, PracticeFields.SUSTAINABILITY, PracticeFields.ADAPTABILITY,
				PracticeFields.RESULTS)) {
			sections.put(field, List.of(field));
		}
		return java.util.Collections.unmodifiableMap(sections);
	}

	/**
	 * The last page that can be asked for: crawlers following page links through every
	 * combination of filters would otherwise go on forever, and 100 pages of 100 stay
	 * within a search engine's usual window of 10,000 hits. A whole result set is what
	 * the exports are for.
	 */
	public static final int MAX_PAGE = 100;

	/** The longest query text that is searched; the rest of a long paste is ignored. */
	public static final int MAX_QUERY_LENGTH = 500;

	private CatalogueSearchDefinition() {
	}

	public static Optional<FacetDefinition> facet(String name) {
		return FACETS.stream().filter((facet) -> facet.name().equals(name)).findFirst();
	}

	public static Optional<FacetGrouping> grouping(String facet) {
		return GROUPINGS.stream().filter((grouping) -> grouping.facet().equals(facet)).findFirst();
	}

	private static <T extends Enum<T> & VocabularyTerm> java.util.function.Function<String, Optional<String>> vocabulary(
			Class<T> type) {
		return (value) -> VocabularyTerm.find(type, value).map(VocabularyTerm::code);
	}

	private static <T extends Enum<T> & VocabularyTerm> java.util.function.Function<String, Optional<String>> label(
			Class<T> type) {
		return (value) -> VocabularyTerm.find(type, value).map(VocabularyTerm::label);
	}

	private static <T extends Enum<T> & VocabularyTerm> String codes(Class<T> type) {
		return "one of: "
				+ Arrays.stream(type.getEnumConstants()).map(VocabularyTerm::code).collect(Collectors.joining(", "));
	}

	private static Optional<String> isoCode(String value) {
		String code = value.trim().toUpperCase(Locale.ROOT);
		return Countries.isIsoCode(code) ? Optional.of(code) : Optional.empty();
	}

	private static Optional<String> anyText(String value) {
		String trimmed = value.strip();
		return (trimmed.isEmpty() || trimmed.length() > 200) ? Optional.empty() : Optional.of(trimmed);
	}

}
