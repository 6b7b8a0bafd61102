package org.sstc.catalogue.search;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Searching chosen sections of the records only ({@code in=objectives,results}). */
@CatalogueTest
class SearchWithinSectionsTests extends CatalogueHttpTest {

	@Test
	void findsOnlyPracticesWhoseChosenSectionsHaveTheWords() {
		long everywhere = total("/api/practices?q=migration");
		long inTitles = total("/api/practices?q=migration&in=title");
		assertThat(inTitles).isPositive().isLessThan(everywhere);
		for (var item : this.client.get("/api/practices?size=100&q=migration&in=title").json().get("items")) {
			assertThat(item.get("title").asString() + " " + item.get("shortTitle").asString())
				.containsIgnoringCase("migra");
		}
	}

	@Test
	void sectionsCanBeGivenCommaSeparatedOrRepeated() {
		assertThat(total("/api/practices?q=inspection&in=objectives,results"))
			.isEqualTo(total("/api/practices?q=inspection&in=objectives&in=results"));
		assertThat(total("/api/practices?q=inspection&in=objectives"))
			.isLessThanOrEqualTo(total("/api/practices?q=inspection&in=objectives,results"));
	}

	@Test
	void anUnknownSectionIsRefused() {
		CatalogueClient.Response response = this.client.get("/api/practices?q=labour&in=preface");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").asString()).contains("'in'").contains("objectives");
	}

	@Test
	void thePageOffersTheSectionsAndKeepsTheChoice() {
		Document page = Jsoup.parse(this.client.get("/practices?q=Romania&in=title,results", "text/html").body());
		assertThat(page.select("form.search-form input[name=in]").eachAttr("value")).containsExactly("title",
				"objectives", "cooperation", "peerLearning", "innovation", "sustainability", "adaptability", "results");
		assertThat(page.select("form.search-form input[name=in][checked]").eachAttr("value")).containsExactly("title",
				"results");
		assertThat(page.select("details.search-in").hasAttr("open")).isTrue();
		assertThat(page.select(".exports a").first().attr("href"))
			.isEqualTo("/practices.csv?q=Romania&in=title,results");
		List<String> sorted = page.select("#sort option").eachAttr("value");
		assertThat(sorted).isNotEmpty();
	}

	private long total(String path) {
		return this.client.get(path).json().get("total").asLong();
	}

}
