package org.sstc.catalogue.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * How results are ordered; relevance is the default when there is a query, compendium
 * number otherwise (newest change first in a feed).
 */
public enum SortOrder {

	RELEVANCE("relevance"), NUMBER("number"), TITLE("title"), UPDATED("updated");

	private final String code;

	SortOrder(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<SortOrder> find(String code) {
		return Arrays.stream(values()).filter((order) -> order.code.equalsIgnoreCase(code.trim())).findFirst();
	}

}
