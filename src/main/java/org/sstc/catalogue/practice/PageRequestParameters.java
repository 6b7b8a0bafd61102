package org.sstc.catalogue.practice;

/** Validated paging parameters: pages count from 1; a page holds 1 to {@value #MAX_SIZE} practices. */
public record PageRequestParameters(int page, int size) {

	public static final int MAX_SIZE = 100;

	public static PageRequestParameters parse(Integer page, Integer size, int defaultSize) {
		int parsedPage = (page != null) ? page : 1;
		int parsedSize = (size != null) ? size : defaultSize;
		if (parsedPage < 1) {
			throw new InvalidParameterException("page", String.valueOf(page), "a page number from 1");
		}
		if (parsedSize < 1 || parsedSize > MAX_SIZE) {
			throw new InvalidParameterException("size", String.valueOf(size), "a page size from 1 to " + MAX_SIZE);
		}
		return new PageRequestParameters(parsedPage, parsedSize);
	}

}
