package org.sstc.catalogue.practice;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sstc.catalogue.CatalogueClient;
import org.sstc.catalogue.CatalogueHttpTest;
import org.sstc.catalogue.CatalogueTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records as Flyway loaded them into PostgreSQL and as the API serves them, checked
 * field by field against the curated files.
 */
@CatalogueTest
class PracticeRecordsApiTests extends CatalogueHttpTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<PracticeContent> curated() {
		return CuratedRecords.read("compendium-2022-2023").practices().stream();
	}

	@Test
	void listWithTheLargestPageHoldsExactlyTheThirtyPractices() {
		JsonNode page = this.client.get("/api/practices?size=100").json();
		assertThat(page.get("total").asInt()).isEqualTo(30);
		assertThat(page.get("items")).hasSize(30);
		assertThat(page.get("items").valueStream().map((item) -> item.get("slug").asString()))
			.containsExactlyElementsOf(curated().map(PracticeContent::slug).toList());
	}

	@ParameterizedTest(name = "good practice {0}")
	@MethodSource("curated")
	void detailCarriesEveryFieldOfTheCuratedFile(PracticeContent file) {
		CatalogueClient.Response response = this.client.get("/api/practices/" + file.slug());
		assertThat(response.status()).isEqualTo(200);
		JsonNode practice = response.json();
		JsonNode expected = JSON.valueToTree(file);

		for (String field : List.of("number", "slug", "heading", "shortTitle", "title", "regionAsWritten",
				"regionInferred", "authors", "institutions", "countriesInvolved", "organisations", "objectives",
				"cooperation", "peerLearning", "innovation", "sustainability", "adaptability", "results",
				"contactDetails", "contacts", "funding", "fundingSources", "materials", "links", "imageCaptions",
				"parts", "repairs")) {
			assertThat(practice.get(field)).as(field).isEqualTo(expected.get(field));
		}
		assertThat(practice.get("missingFields")).isEqualTo(expected.get("missing"));
		assertThat(practice.get("regionCode").asString()).isEqualTo(file.region().code());
		assertThat(practice.get("region").asString()).isEqualTo(file.region().label());
		assertThat(practice.get("countries")).isEqualTo(JSON.valueToTree(file.body().countries()));
		assertThat(practice.get("themes").valueStream().map((theme) -> theme.get("code").asString()))
			.containsExactlyElementsOf(file.themes().stream().map(Theme::code).toList());
		assertThat(practice.get("modalities").valueStream().map((modality) -> modality.get("code").asString()))
			.containsExactlyElementsOf(file.modalities().stream().map(Modality::code).toList());
		assertThat(practice.get("compendium").get("biennium").asString()).isEqualTo("2022-2023");
	}

}
