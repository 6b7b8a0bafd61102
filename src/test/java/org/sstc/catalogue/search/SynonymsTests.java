package org.sstc.catalogue.search;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The curated synonyms of search/synonyms.txt, expanded in the query. */
@Tag("unit")
class SynonymsTests {

	private final Synonyms synonyms = new Synonyms();

	private String expand(String query) {
		return this.synonyms.expand(QueryText.parse(query).terms());
	}

	@Test
	void anAcronymAndItsExpansionFindEachOther() {
		assertThat(expand("OSH")).contains("\"occupational safety and health\"");
		assertThat(expand("occupational safety and health")).contains("osh");
	}

	@Test
	void anOrganisationTheCompendiumNamesOnlyByItsAcronymIsFoundByItsFullName() {
		assertThat(expand("Common Market for Eastern and Southern Africa")).contains("comesa");
		assertThat(expand("Inter-American Centre for Knowledge Development in Vocational Training"))
			.contains("cinterfor");
		assertThat(expand("Servicio Nacional de Aprendizaje")).contains("sena");
		assertThat(expand("JICA")).contains("\"japan international cooperation agency\"");
	}

	@Test
	void aRegionFindsItsCountriesButACountryDoesNotFindItsRegion() {
		assertThat(expand("Gulf countries")).as("one group, the word 'countries' taken in")
			.startsWith("(")
			.endsWith(")")
			.contains("bahrain", "\"saudi arabia\"", "gcc")
			.isEqualTo(expand("Gulf states"));
		assertThat(expand("Central Asia")).contains("tajikistan", "uzbekistan");
		assertThat(expand("MENA")).contains("\"arab states\"");
		assertThat(expand("Bahrain")).isEqualTo("bahrain");
		assertThat(expand("Arab States")).isEqualTo("arab states");
	}

	@Test
	void aPeopleFindsItsCountryButNotTheOtherWayRound() {
		assertThat(expand("Brazilian")).contains("brazil");
		assertThat(expand("South Africans")).contains("\"south africa\"");
		assertThat(expand("Vietnamese")).contains("\"viet nam\"", "vietnam");
		assertThat(expand("Brazil")).isEqualTo("brazil");
		assertThat(expand("Portuguese-speaking")).doesNotContain("portugal");
	}

	@Test
	void aHyphenatedWordIsAlsoSearchedAsItsPartsWhenAPartMeansMoreThanItsWord() {
		assertThat(expand("Pakistani-Brazilian")).contains("\"pakistani brazilian\"", "pakistan", "brazil");
		assertThat(expand("peer-learning")).isEqualTo("\"peer learning\"");
		assertThat(expand("\"Pakistani Brazilian\"")).as("a phrase the person quoted stays a phrase")
			.isEqualTo("\"pakistani brazilian\"");
	}

	@Test
	void irregularPluralsMeetTheirSingulars() {
		assertThat(expand("children")).contains("child");
		assertThat(expand("women")).contains("woman");
	}

	@Test
	void everyWordOfTheListIsKnownToSpelling() {
		assertThat(this.synonyms.isKnownWord("tajikistan")).isTrue();
		assertThat(this.synonyms.isKnownWord("ecowas")).isTrue();
		assertThat(this.synonyms.isKnownWord("inspecton")).isFalse();
	}

}
