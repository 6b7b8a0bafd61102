package org.sstc.catalogue.practice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@CatalogueTest
class PracticeApiTests extends CatalogueHttpTest {

	@Test
	void listsTwentyPracticesAPageByDefault() {
		JsonNode page = this.client.get("/api/practices").json();
		assertThat(page.get("total").asInt()).isEqualTo(30);
		assertThat(page.get("items")).hasSize(20);
		JsonNode first = page.get("items").get(0);
		assertThat(first.propertyNames()).contains("number", "slug", "title", "shortTitle", "region", "countries",
				"themes");
		JsonNode second = this.client.get("/api/practices?page=2").json();
		assertThat(second.get("items")).hasSize(10);
		assertThat(second.get("items").get(0).get("number").asInt()).isEqualTo(21);
	}

	@Test
	void filtersByRegionThemeAndCountry() {
		JsonNode africa = this.client.get("/api/practices?region=africa&size=100").json();
		assertThat(africa.get("total").asInt()).isPositive().isLessThan(30);
		africa.get("items").forEach((item) -> assertThat(item.get("regionCode").asString()).isEqualTo("africa"));
		assertThat(this.client.get("/api/practices?region=AFRICA").json().get("total")).isEqualTo(africa.get("total"));

		JsonNode inspection = this.client.get("/api/practices?theme=labour-inspection&size=100").json();
		assertThat(inspection.get("items").valueStream().map((item) -> item.get("number").asInt())).contains(11, 19);
		inspection.get("items")
			.forEach((item) -> assertThat(item.get("themes").valueStream().map((t) -> t.get("code").asString()))
				.contains("labour-inspection"));

		JsonNode brazil = this.client.get("/api/practices?country=br&size=100").json();
		assertThat(brazil.get("items").valueStream().map((item) -> item.get("number").asInt())).contains(9, 15, 17);
		brazil.get("items")
			.forEach((item) -> assertThat(item.get("countries").valueStream().map((c) -> c.get("code").asString()))
				.contains("BR"));
	}

	@Test
	void onlyASearchByRelevanceHasScores() {
		JsonNode byRelevance = this.client.get("/api/practices?q=labour+inspection").json();
		assertThat(byRelevance.get("items")).isNotEmpty()
			.allSatisfy((item) -> assertThat(item.get("score").asDouble()).isPositive());
		for (String order : new String[] { "title", "number", "updated" }) {
			JsonNode sorted = this.client.get("/api/practices?q=labour+inspection&sort=" + order).json();
			assertThat(sorted.get("total")).isEqualTo(byRelevance.get("total"));
			assertThat(sorted.get("items")).as(order)
				.isNotEmpty()
				.allSatisfy((item) -> assertThat(item.path("score").isNumber()).isFalse());
		}
		assertThat(this.client.get("/api/practices").json().get("items"))
			.allSatisfy((item) -> assertThat(item.path("score").isNumber()).isFalse());
	}

	@ParameterizedTest
	@ValueSource(strings = { "region=atlantis", "theme=knitting", "country=XX", "country=Brazil", "page=0", "page=abc",
			"size=101", "size=0", "size=-5" })
	void badParametersGetA400WithAJsonMessage(String query) {
		CatalogueClient.Response response = this.client.get("/api/practices?" + query);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/json");
		JsonNode error = response.json();
		assertThat(error.get("status").asInt()).isEqualTo(400);
		assertThat(error.get("message").asString()).contains(query.substring(0, query.indexOf('=')));
	}

	@Test
	void unknownSlugGetsA404WithAJsonMessage() {
		CatalogueClient.Response response = this.client.get("/api/practices/no-such-practice");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.json().get("message").asString()).contains("no-such-practice");
	}

	@Test
	void goodPracticeFiveKeepsItsTwoPartsApart() {
		JsonNode practice = this.client.get("/api/practices/" + slugOf(5)).json();
		assertThat(practice.get("parts")).hasSize(2);
		assertThat(practice.get("parts").get(0).get("label").asString()).isEqualTo("Part I");
		assertThat(practice.get("parts").get(1).get("label").asString()).isEqualTo("Part II");
		assertThat(practice.get("parts").get(0).get("authors").asString()).contains("Rodrigo Filgueira");
		assertThat(practice.get("parts").get(1).get("authors").asString()).contains("Anaclara Matosas");
		assertThat(practice.get("objectives").isNull()).isTrue();
	}

	private String slugOf(int number) {
		return this.client.get("/api/practices?size=100").json().get("items").get(number - 1).get("slug").asString();
	}

}
