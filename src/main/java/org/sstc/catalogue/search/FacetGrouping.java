package org.sstc.catalogue.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A facet whose values fall into groups, shown as a two-level list (countries under their
 * region), as {@link CatalogueSearchDefinition} declares it.
 *
 * @param facet the name of the grouped facet
 * @param field the index field that holds each practice's groups, so that a group counts
 * the practices with any of its values, not the sum of its values' counts
 * @param groupOf the group of a value, or nothing when it belongs to none
 * @param groups the groups' codes, in display order
 * @param groupMessagePrefix the message-key prefix of the groups' labels on the pages
 * @param groupLabel the English label of a group, for the API
 */
public record FacetGrouping(String facet, String field, Function<String, Optional<String>> groupOf, List<String> groups,
		String groupMessagePrefix, Function<String, String> groupLabel) {

	/** The aggregation of the groups' counts, beside the facet's own. */
	String aggregationName() {
		return this.facet + ".groups";
	}

}
