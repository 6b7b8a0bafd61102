package org.sstc.catalogue.search;

import java.util.List;

/**
 * The fields of the practice index. Text fields hold plain text (Markdown removed), so
 * that highlighted snippets read cleanly; facet fields hold codes.
 */
public final class PracticeFields {

	// text, most telling first: the order in which a snippet's field is chosen among
	// equally good matches
	public static final String SHORT_TITLE = "shortTitle";

	public static final String TITLE = "title";

	public static final String THEMES = "themes";

	public static final String COUNTRIES = "countries";

	public static final String ORGANISATIONS = "organisations";

	public static final String REGION = "regionText";

	public static final String MODALITIES = "modalities";

	public static final String OBJECTIVES = "objectives";

	public static final String RESULTS = "results";

	public static final String COOPERATION = "cooperation";

	public static final String PEER_LEARNING = "peerLearning";

	public static final String INNOVATION = "innovation";

	public static final String SUSTAINABILITY = "sustainability";

	public static final String ADAPTABILITY = "adaptability";

	public static final String COUNTRIES_INVOLVED = "countriesInvolved";

	public static final String AUTHORS = "authors";

	public static final String FUNDING = "funding";

	public static final String CONTACTS = "contacts";

	public static final String MATERIALS = "materials";

	/** The text fields a snippet can come from, most telling first. */
	public static final List<String> HIGHLIGHTED = List.of(SHORT_TITLE, TITLE, OBJECTIVES, RESULTS, COOPERATION,
			PEER_LEARNING, INNOVATION, SUSTAINABILITY, ADAPTABILITY, THEMES, COUNTRIES, ORGANISATIONS,
			COUNTRIES_INVOLVED, AUTHORS, FUNDING, CONTACTS, MATERIALS, REGION, MODALITIES);

	// facets and filters (codes)
	public static final String REGION_CODE = "region";

	public static final String THEME_CODE = "theme";

	public static final String COUNTRY_CODE = "country";

	/** The ILO regions of the practice's countries: the groups of the country facet. */
	public static final String COUNTRY_REGION_CODE = "countryRegion";

	public static final String ORGANISATION_KEY = "organisation";

	public static final String MODALITY_CODE = "modality";

	public static final String FUNDING_CODE = "fundingSource";

	public static final String COMPENDIUM_CODE = "compendium";

	public static final String STATUS = "status";

	public static final String DOCUMENT_VERSION = "documentVersion";

	// sorting, projections and suggestions
	public static final String NUMBER = "number";

	public static final String TITLE_SORT = "titleSort";

	public static final String UPDATED_AT = "updatedAt";

	public static final String SPELLING = "spelling";

	public static final String TITLE_AUTOCOMPLETE = "titleAutocomplete";

	/**
	 * What a result list shows of the practice ({@link PracticeSummary}), as JSON:
	 * projected, never searched.
	 */
	public static final String SUMMARY = "summary";

	private PracticeFields() {
	}

}
