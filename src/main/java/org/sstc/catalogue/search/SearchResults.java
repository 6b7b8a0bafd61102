package org.sstc.catalogue.search;

import java.util.List;
import java.util.Map;

import org.sstc.catalogue.practice.Practice;

/** What a search found, and the records its pages and API show. */
public final class SearchResults {

	private SearchResults() {
	}

	/**
	 * One practice found.
	 *
	 * @param highlights snippets per index field, with matches in {@code <mark>} and everything else HTML-escaped
	 * @param snippetField the field of the snippet to show (the best match), or null
	 */
	public record Hit(Practice practice, float score, Map<String, String> highlights, String snippetField) {

		public String snippet() {
			return (this.snippetField != null) ? this.highlights.get(this.snippetField) : null;
		}

	}

	public record FacetValue(String value, String label, long count, boolean selected) {
	}

	public record Facet(FacetDefinition definition, List<FacetValue> values) {

		public List<FacetValue> shown() {
			return this.values.subList(0, Math.min(this.values.size(), this.definition.shown()));
		}

		public List<FacetValue> more() {
			return this.values.subList(Math.min(this.values.size(), this.definition.shown()), this.values.size());
		}

		public List<FacetValue> selectedValues() {
			return this.values.stream().filter(FacetValue::selected).toList();
		}

		/** Whether a selected value is hidden under "more", so that "more" starts open. */
		public boolean moreSelected() {
			return more().stream().anyMatch(FacetValue::selected);
		}

	}

	/** A filter whose removal would bring results back, and how many. */
	public record Relaxation(String facet, String value, String label, String valueMessagePrefix, long count,
			SearchQuery query) {
	}

	/**
	 * @param query what was asked
	 * @param searched the text actually searched when spelling was corrected, else null
	 * @param total how many practices match
	 * @param hits this page's practices, in order
	 * @param facets every facet with its counts
	 * @param nearest when nothing matches: the practices closest to the words (fuzzy match)
	 * @param relaxations when nothing matches: the filters whose removal would bring results
	 */
	public record Page(SearchQuery query, String searched, long total, List<Hit> hits, List<Facet> facets,
			List<Hit> nearest, List<Relaxation> relaxations) {

		public int pageCount() {
			return (int) Math.max(1, (this.total + this.query.size() - 1) / this.query.size());
		}

		public boolean hasPrevious() {
			return this.query.page() > 1;
		}

		public boolean hasNext() {
			return this.query.page() < pageCount();
		}

		public long firstNumber() {
			return (this.total == 0) ? 0 : (long) (this.query.page() - 1) * this.query.size() + 1;
		}

		/**
		 * The page numbers to link: the first, the last and two either side of the current one; a null stands for
		 * the pages left out (shown as an ellipsis), so that 500 pages make a dozen links, not 500.
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
			return firstNumber() + this.hits.size() - ((this.total == 0) ? 0 : 1);
		}

	}

}
