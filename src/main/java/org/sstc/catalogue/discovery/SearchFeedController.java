package org.sstc.catalogue.discovery;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletResponse;
import org.sstc.catalogue.search.PracticeSearch;
import org.sstc.catalogue.search.SearchQuery;
import org.sstc.catalogue.search.SortOrder;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Atom feed of any search: the search page's parameters, the same practices in the
 * same order, a page at a time; without a query or a chosen order, the newest changes
 * come first, which is what a feed reader follows.
 */
@Controller
class SearchFeedController {

	static final String ATOM = "application/atom+xml;charset=UTF-8";

	private final PracticeSearch search;

	private final SearchFeed feeds;

	SearchFeedController(PracticeSearch search, SearchFeed feeds) {
		this.search = search;
		this.feeds = feeds;
	}

	@GetMapping("/practices.atom")
	void feed(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response)
			throws IOException, FeedException {
		SearchQuery asked = SearchQuery.from(parameters, SearchFeed.PAGE_SIZE);
		SearchQuery query = (asked.sort() == null && !asked.hasText())
				? asked.withSort(SortOrder.UPDATED).withPage(asked.page()) : asked;
		var feed = this.feeds.of(query, this.search.search(query));
		response.setContentType(ATOM);
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		new WireFeedOutput().output(feed, writer, false);
		writer.flush();
	}

}
