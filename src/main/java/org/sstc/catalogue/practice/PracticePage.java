package org.sstc.catalogue.practice;

import java.util.List;

/**
 * One page of a list of practices.
 *
 * @param total how many practices match in all
 * @param page the page number, from 1
 * @param size the most practices a page holds
 * @param items the practices on this page
 */
public record PracticePage(long total, int page, int size, List<Practice> items) {

	public int pageCount() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pageCount();
	}

}
