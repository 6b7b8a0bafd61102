package org.sstc.catalogue.search;

import java.util.Optional;
import java.util.function.Function;

/**
 * One facet of the search interface, as {@link CatalogueSearchDefinition} declares it.
 *
 * @param name the request parameter and the facet's key in the JSON API
 * @param field the index field it counts and filters on
 * @param shown how many values show before "more"
 * @param valueMessagePrefix the message-key prefix of the values' labels on the pages
 * ({@code region.}), or null where the values are names shown as they are (countries,
 * organisations, funding sources)
 * @param canonical turns a parameter value into the indexed value, or nothing when the
 * value is not valid
 * @param expected what a valid value looks like, for the error message
 * @param vocabularyLabel the English label of a value of a vocabulary, or null where the
 * values are names the records give (their labels come from {@link FacetLabels})
 */
public record FacetDefinition(String name, String field, int shown, String valueMessagePrefix,
		Function<String, Optional<String>> canonical, String expected,
		Function<String, Optional<String>> vocabularyLabel) {

	public String labelKey() {
		return "facet." + this.name;
	}

	/**
	 * The message of the "more" disclosure, which says more of what: "More countries
	 * (13)".
	 */
	public String moreKey() {
		return labelKey() + ".more";
	}

}
