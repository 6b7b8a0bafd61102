package org.sstc.catalogue.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How results are ordered, and by what keys; relevance is the default when there is a
 * query, compendium number otherwise (newest change first in a feed). Every order ends
 * with the compendium number, so that equal keys keep one stable order across pages.
 */
public enum SortOrder {

	RELEVANCE(Key.SCORE, Key.ascending(PracticeFields.NUMBER)),

	NUMBER(Key.ascending(PracticeFields.NUMBER)),

	TITLE(Key.ascending(PracticeFields.TITLE_SORT), Key.ascending(PracticeFields.NUMBER)),

	UPDATED(Key.descending(PracticeFields.UPDATED_AT), Key.ascending(PracticeFields.NUMBER));

	private final List<Key> keys;

	SortOrder(Key... keys) {
		this.keys = List.of(keys);
	}

	/** The code in URLs and the API ({@code sort=updated}). */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The keys, most significant first. */
	public List<Key> keys() {
		return this.keys;
	}

	/** Whether it ranks by the relevance score: the only order whose hits have one. */
	public boolean isByScore() {
		return this.keys.stream().anyMatch(Key::isScore);
	}

	public static Optional<SortOrder> find(String code) {
		return Arrays.stream(values()).filter((order) -> order.code().equalsIgnoreCase(code.trim())).findFirst();
	}

	/**
	 * A sort key: an index field (sortable), ascending or descending, or the relevance
	 * score (no field), best first.
	 */
	public record Key(String field, boolean descending) {

		static final Key SCORE = new Key(null, true);

		static Key ascending(String field) {
			return new Key(field, false);
		}

		static Key descending(String field) {
			return new Key(field, true);
		}

		public boolean isScore() {
			return this.field == null;
		}

	}

}
