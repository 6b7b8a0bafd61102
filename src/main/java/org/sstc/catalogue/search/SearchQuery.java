package org.sstc.catalogue.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.sstc.catalogue.system.InvalidParameterException;
import org.sstc.catalogue.system.PrintableText;

import org.springframework.util.MultiValueMap;

/**
 * What a person asked the search for: the query text, the selected facet values, the sort
 * order and the page. It is immutable: every "add this filter", "remove this filter",
 * sort and page link is built from it with {@code with...} methods, so the URL always
 * carries the whole state (shareable, bookmarkable).
 *
 * @param text the query text as typed (possibly empty)
 * @param filters selected values per facet name, in
 * {@link CatalogueSearchDefinition#FACETS} order
 * @param exclusions excluded values per facet name ({@code not-region=africa}): no
 * practice found has any of them
 * @param sections the sections of the record the text is searched in
 * ({@code in=objectives,results}); empty for all
 * @param sort the chosen order, or null for the default
 * @param page the page, from 1
 * @param size results per page
 */
public record SearchQuery(String text, Map<String, List<String>> filters, Map<String, List<String>> exclusions,
		List<String> sections, SortOrder sort, int page, int size) {

	/** The parameter naming the sections the text is searched in. */
	public static final String IN = "in";

	/** The prefix of a facet's parameter that excludes its values: {@code not-region}. */
	public static final String EXCLUDE = "not-";

	public SearchQuery {
		text = (text != null) ? text : "";
		filters = ordered(filters);
		exclusions = ordered(exclusions);
		List<String> chosen = (sections != null) ? sections : List.of();
		// in the order the page lists them, each once; all of them is the same as none
		sections = CatalogueSearchDefinition.SECTIONS.keySet().stream().filter(chosen::contains).toList();
		if (sections.size() == CatalogueSearchDefinition.SECTIONS.size()) {
			sections = List.of();
		}
	}

	public SearchQuery(String text, Map<String, List<String>> filters, SortOrder sort, int page, int size) {
		this(text, filters, Map.of(), List.of(), sort, page, size);
	}

	private static Map<String, List<String>> ordered(Map<String, List<String>> values) {
		Map<String, List<String>> ordered = new LinkedHashMap<>();
		for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
			List<String> chosen = values.getOrDefault(facet.name(), List.of());
			if (!chosen.isEmpty()) {
				ordered.put(facet.name(), List.copyOf(chosen.stream().distinct().toList()));
			}
		}
		return Collections.unmodifiableMap(ordered);
	}

	public static SearchQuery empty(int size) {
		return new SearchQuery("", Map.of(), null, 1, size);
	}

	/**
	 * Reads the request parameters; a value a facet cannot hold, a bad sort, page or size
	 * gets a clear error.
	 */
	public static SearchQuery from(MultiValueMap<String, String> parameters, int defaultSize) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		Map<String, List<String>> exclusions = new LinkedHashMap<>();
		for (FacetDefinition facet : CatalogueSearchDefinition.FACETS) {
			filters.put(facet.name(), values(parameters, facet, facet.name()));
			exclusions.put(facet.name(), values(parameters, facet, EXCLUDE + facet.name()));
		}
		String sortValue = parameters.getFirst("sort");
		SortOrder sort = (sortValue == null || sortValue.isBlank()) ? null : SortOrder.find(sortValue)
			.orElseThrow(() -> new InvalidParameterException("sort", sortValue, "relevance, number, title or updated"));
		int page = wholeNumber(parameters, "page", 1);
		int size = wholeNumber(parameters, "size", defaultSize);
		if (page < 1 || page > CatalogueSearchDefinition.MAX_PAGE) {
			throw new InvalidParameterException("page", String.valueOf(page),
					"a page number from 1 to " + CatalogueSearchDefinition.MAX_PAGE);
		}
		if (size < 1 || size > CatalogueSearchDefinition.MAX_PAGE_SIZE) {
			throw new InvalidParameterException("size", String.valueOf(size),
					"a page size from 1 to " + CatalogueSearchDefinition.MAX_PAGE_SIZE);
		}
		return new SearchQuery(PrintableText.of(parameters.getFirst("q")), filters, exclusions, sections(parameters),
				sort, page, size);
	}

	/**
	 * {@code in=objectives,results} or {@code in=objectives&in=results}, as the page's
	 * checkboxes send it.
	 */
	private static List<String> sections(MultiValueMap<String, String> parameters) {
		List<String> sections = new ArrayList<>();
		for (String value : parameters.getOrDefault(IN, List.of())) {
			for (String section : (value != null) ? value.split(",") : new String[0]) {
				if (section.isBlank()) {
					continue;
				}
				if (!CatalogueSearchDefinition.SECTIONS.containsKey(section.strip())) {
					throw new InvalidParameterException(IN, section,
							"sections among " + String.join(", ", CatalogueSearchDefinition.SECTIONS.keySet()));
				}
				sections.add(section.strip());
			}
		}
		return sections;
	}

	private static List<String> values(MultiValueMap<String, String> parameters, FacetDefinition facet,
			String parameter) {
		List<String> values = new ArrayList<>();
		for (String value : parameters.getOrDefault(parameter, List.of())) {
			if (value == null || value.isBlank()) {
				continue;
			}
			values.add(facet.canonical()
				.apply(value)
				.orElseThrow(() -> new InvalidParameterException(parameter, value, facet.expected())));
		}
		return values;
	}

	private static int wholeNumber(MultiValueMap<String, String> parameters, String name, int defaultValue) {
		String value = parameters.getFirst(name);
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException(name, value, "a whole number");
		}
	}

	public boolean hasText() {
		return !this.text.isBlank();
	}

	/**
	 * Whether this is a page that browses the whole catalogue, one region or one theme:
	 * the only search pages that search engines are asked to index (the sitemap lists
	 * them); other combinations are left out of their indexes.
	 */
	public boolean isBrowsePage() {
		if (hasText() || this.sort != null || !this.sections.isEmpty()) {
			return false;
		}
		return this.exclusions.isEmpty() && this.filters.isEmpty()
				|| (filterCount() == 1 && (this.filters.containsKey("region") || this.filters.containsKey("theme")));
	}

	/** Whether any value is chosen or excluded. */
	public boolean hasFilters() {
		return !this.filters.isEmpty() || !this.exclusions.isEmpty();
	}

	/** How many filter values are chosen or excluded, across the facets. */
	public int filterCount() {
		return this.filters.values().stream().mapToInt(List::size).sum()
				+ this.exclusions.values().stream().mapToInt(List::size).sum();
	}

	/**
	 * The order results come in: the chosen one, else relevance for a query and
	 * compendium number for browsing.
	 */
	public SortOrder effectiveSort() {
		if (this.sort != null) {
			return this.sort;
		}
		return hasText() ? SortOrder.RELEVANCE : SortOrder.NUMBER;
	}

	public List<String> selected(String facet) {
		return this.filters.getOrDefault(facet, List.of());
	}

	public boolean isSelected(String facet, String value) {
		return selected(facet).contains(value);
	}

	/**
	 * Whether the text is searched in the section, as chosen (no choice: in every
	 * section).
	 */
	public boolean isSearchedIn(String section) {
		return this.sections.contains(section);
	}

	/**
	 * The index fields the text is searched in: those of the chosen sections, or every
	 * text field.
	 */
	public List<String> searchedFields() {
		if (this.sections.isEmpty()) {
			return PracticeFields.HIGHLIGHTED;
		}
		return this.sections.stream()
			.flatMap((section) -> CatalogueSearchDefinition.SECTIONS.get(section).stream())
			.toList();
	}

	public List<String> excluded(String facet) {
		return this.exclusions.getOrDefault(facet, List.of());
	}

	public SearchQuery withText(String newText) {
		return new SearchQuery(newText, this.filters, this.exclusions, this.sections, this.sort, 1, this.size);
	}

	/** Chooses the value, which is then no longer excluded. */
	public SearchQuery withFilter(String facet, String value) {
		return new SearchQuery(this.text, adding(this.filters, facet, value), removing(this.exclusions, facet, value),
				this.sections, this.sort, 1, this.size);
	}

	public SearchQuery withoutFilter(String facet, String value) {
		return new SearchQuery(this.text, removing(this.filters, facet, value), this.exclusions, this.sections,
				this.sort, 1, this.size);
	}

	/** Excludes the value, which is then no longer chosen: "not Africa". */
	public SearchQuery withExclusion(String facet, String value) {
		return new SearchQuery(this.text, removing(this.filters, facet, value), adding(this.exclusions, facet, value),
				this.sections, this.sort, 1, this.size);
	}

	public SearchQuery withoutExclusion(String facet, String value) {
		return new SearchQuery(this.text, this.filters, removing(this.exclusions, facet, value), this.sections,
				this.sort, 1, this.size);
	}

	private static Map<String, List<String>> adding(Map<String, List<String>> values, String facet, String value) {
		Map<String, List<String>> changed = new LinkedHashMap<>(values);
		List<String> facetValues = new ArrayList<>(values.getOrDefault(facet, List.of()));
		facetValues.add(value);
		changed.put(facet, facetValues);
		return changed;
	}

	private static Map<String, List<String>> removing(Map<String, List<String>> values, String facet, String value) {
		Map<String, List<String>> changed = new LinkedHashMap<>(values);
		changed.put(facet, values.getOrDefault(facet, List.of()).stream().filter((v) -> !v.equals(value)).toList());
		return changed;
	}

	/**
	 * Adds the value if it is not selected, removes it if it is: what a facet's checkbox
	 * or link does.
	 */
	public SearchQuery toggle(String facet, String value) {
		return isSelected(facet, value) ? withoutFilter(facet, value) : withFilter(facet, value);
	}

	public SearchQuery withoutFilters(String facet) {
		Map<String, List<String>> changed = new LinkedHashMap<>(this.filters);
		changed.remove(facet);
		return new SearchQuery(this.text, changed, this.exclusions, this.sections, this.sort, 1, this.size);
	}

	public SearchQuery withoutAnyFilter() {
		return new SearchQuery(this.text, Map.of(), Map.of(), this.sections, this.sort, 1, this.size);
	}

	public SearchQuery withSort(SortOrder newSort) {
		return new SearchQuery(this.text, this.filters, this.exclusions, this.sections, newSort, 1, this.size);
	}

	public SearchQuery withPage(int newPage) {
		return new SearchQuery(this.text, this.filters, this.exclusions, this.sections, this.sort, newPage, this.size);
	}

	public SearchQuery withPage(int newPage, int newSize) {
		return new SearchQuery(this.text, this.filters, this.exclusions, this.sections, this.sort, newPage, newSize);
	}

	/**
	 * The state as URL query parameters (without defaults), e.g.
	 * {@code q=osh&region=africa&page=2}.
	 */
	public String toQueryString() {
		StringJoiner query = new StringJoiner("&");
		if (hasText()) {
			query.add("q=" + encode(this.text));
		}
		this.filters.forEach((facet, values) -> values.forEach((value) -> query.add(facet + "=" + encode(value))));
		this.exclusions
			.forEach((facet, values) -> values.forEach((value) -> query.add(EXCLUDE + facet + "=" + encode(value))));
		if (!this.sections.isEmpty()) {
			query.add(IN + "=" + String.join(",", this.sections));
		}
		if (this.sort != null) {
			query.add("sort=" + this.sort.code());
		}
		if (this.page > 1) {
			query.add("page=" + this.page);
		}
		return query.toString();
	}

	/** The path and query of the search page showing this state. */
	public String url() {
		String query = toQueryString();
		return query.isEmpty() ? "/practices" : "/practices?" + query;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
