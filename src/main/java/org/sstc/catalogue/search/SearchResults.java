package org.sstc.catalogue.search;

import java.util.List;
import java.util.Map;

/** What a search found, and the records its pages and API show. */
public final class SearchResults {

	private SearchResults() {
	}

	/**
	 * One practice found.
	 *
	 * @param highlights snippets per index field, with matches in {@code <mark>} and
	 * everything else HTML-escaped
	 * @param snippetField the field of the snippet to show (the best match), or null
	 * @param partial true when the practice contains fewer of the words than the search
	 * asks for
	 * @param otherWords when none of the query's own words appears in it, the other forms
	 * of them it was found through ("caregiving" for "care giving", "workplace safety"
	 * for "work accidents")
	 * @param nearestPassage for a long query, the practice's passage nearest to it in
	 * meaning when it is near (it helped rank the practice); else null
	 */
	public record Hit(PracticeSummary practice, float score, Map<String, String> highlights, String snippetField,
			boolean partial, List<String> otherWords, String nearestPassage) {

		public Hit(PracticeSummary practice, float score, Map<String, String> highlights, String snippetField,
				boolean partial) {
			this(practice, score, highlights, snippetField, partial, List.of(), null);
		}

		Hit withNearestPassage(String passage) {
			return new Hit(this.practice, this.score, this.highlights, this.snippetField, this.partial, this.otherWords,
					passage);
		}

		public String snippet() {
			return (this.snippetField != null) ? this.highlights.get(this.snippetField) : null;
		}

	}

	public record FacetValue(String value, String label, long count, boolean selected) {
	}

	/**
	 * A group of a grouped facet's values (a region's countries).
	 *
	 * @param labelKey the message key of the group's label
	 * @param count how many practices have any of the group's values
	 * @param values the group's values, most frequent first
	 * @param shown how many values show before a link to the others
	 */
	public record FacetGroup(String value, String labelKey, long count, List<FacetValue> values, int shown) {

		public List<FacetValue> shownValues() {
			return this.values.subList(0, Math.min(this.values.size(), this.shown));
		}

		/**
		 * The selected values beyond the shown ones, which stay listed to be unticked.
		 */
		public List<FacetValue> selectedBeyond() {
			return this.values.subList(Math.min(this.values.size(), this.shown), this.values.size())
				.stream()
				.filter(FacetValue::selected)
				.toList();
		}

		public int hidden() {
			return Math.max(0, this.values.size() - this.shown);
		}

		public boolean hasSelected() {
			return this.values.stream().anyMatch(FacetValue::selected);
		}

	}

	/**
	 * @param values the values the practices found have, with their counts
	 * @param excluded the values the search excludes, which no practice found has
	 * @param groups where the facet is grouped, its groups in display order (the values
	 * of no group in none), else empty
	 */
	public record Facet(FacetDefinition definition, List<FacetValue> values, List<FacetValue> excluded,
			List<FacetGroup> groups) {

		public Facet(FacetDefinition definition, List<FacetValue> values, List<FacetValue> excluded) {
			this(definition, values, excluded, List.of());
		}

		public Facet(FacetDefinition definition, List<FacetValue> values) {
			this(definition, values, List.of());
		}

		public boolean grouped() {
			return !this.groups.isEmpty();
		}

		/** The values of a grouped facet that belong to no group. */
		public List<FacetValue> ungrouped() {
			java.util.Set<FacetValue> grouped = new java.util.HashSet<>();
			this.groups.forEach((group) -> grouped.addAll(group.values()));
			return this.values.stream().filter((value) -> !grouped.contains(value)).toList();
		}

		public List<FacetValue> shown() {
			return this.values.subList(0, Math.min(this.values.size(), this.definition.shown()));
		}

		public List<FacetValue> more() {
			return this.values.subList(Math.min(this.values.size(), this.definition.shown()), this.values.size());
		}

		public List<FacetValue> selectedValues() {
			return this.values.stream().filter(FacetValue::selected).toList();
		}

		/**
		 * Whether a selected value is hidden under "more", so that "more" starts open.
		 */
		public boolean moreSelected() {
			return more().stream().anyMatch(FacetValue::selected);
		}

	}

	/** A filter whose removal would bring results back, and how many. */
	public record Relaxation(String facet, String value, String label, String valueMessagePrefix, long count,
			SearchQuery query) {
	}

	/**
	 * What helps when nothing matches.
	 *
	 * @param nearest the practices closest to the words (fuzzy match)
	 * @param relaxations the filters whose removal would bring results
	 */
	public record Help(List<Hit> nearest, List<Relaxation> relaxations) {

		static final Help NONE = new Help(List.of(), List.of());

	}

	/**
	 * @param query what was asked
	 * @param searched the text actually searched when spelling was corrected, else null
	 * @param byMeaning whether no practice contains any of the words, and
	 * {@code searched} names what they mean, whose practices are listed
	 * @param total how many practices match: contain all the words of a short query, most
	 * words of a long one
	 * @param fewer how many more practices contain fewer of the words; listed after the
	 * others
	 * @param hits this page's practices, in order: those that match, then those with
	 * fewer of the words
	 * @param facets every facet with its counts (of the practices that match, or when
	 * none does, of the others)
	 * @param help when nothing matches, what would
	 */
	public record Page(SearchQuery query, String searched, boolean byMeaning, List<QueryMeanings.Meaning> meanings,
			long total, long fewer, List<Hit> hits, List<Facet> facets, Help help) {

		/**
		 * No practice contains (most of) the words: the practices listed contain fewer of
		 * them.
		 */
		public boolean relaxed() {
			return this.total == 0 && this.fewer > 0;
		}

		/**
		 * How many practices the pages list: those that match, then those with fewer of
		 * the words.
		 */
		public long listed() {
			return this.total + this.fewer;
		}

		public List<Hit> matchingHits() {
			return this.hits.stream().filter((hit) -> !hit.partial()).toList();
		}

		public List<Hit> partialHits() {
			return this.hits.stream().filter(Hit::partial).toList();
		}

		public List<Hit> nearest() {
			return this.help.nearest();
		}

		public List<Relaxation> relaxations() {
			return this.help.relaxations();
		}

		public int pageCount() {
			long pages = (listed() + this.query.size() - 1) / this.query.size();
			return (int) Math.max(1, Math.min(pages, CatalogueSearchDefinition.MAX_PAGE));
		}

		public boolean hasPrevious() {
			return this.query.page() > 1;
		}

		public boolean hasNext() {
			return this.query.page() < pageCount();
		}

		public long firstNumber() {
			return (listed() == 0) ? 0 : (long) (this.query.page() - 1) * this.query.size() + 1;
		}

		/**
		 * The page numbers to link: the first, the last and two either side of the
		 * current one; a null stands for the pages left out (shown as an ellipsis), so
		 * that 500 pages make a dozen links, not 500.
		 */
		public List<Integer> pageNumbers() {
			List<Integer> numbers = new java.util.ArrayList<>();
			int current = this.query.page();
			for (int number = 1; number <= pageCount(); number++) {
				boolean shown = number == 1 || number == pageCount() || Math.abs(number - current) <= 2;
				if (shown) {
					numbers.add(number);
				}
				else if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != null) {
					numbers.add(null);
				}
			}
			return numbers;
		}

		public long lastNumber() {
			return firstNumber() + this.hits.size() - ((listed() == 0) ? 0 : 1);
		}

	}

}
