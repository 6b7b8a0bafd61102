package org.sstc.catalogue.search;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The forms a query's words take beyond the curated synonyms: words run together or split
 * apart, initials with dots, and the names the collection pairs with their acronyms. Each
 * mechanism is tested on words that no list names.
 */
@Tag("unit")
class QueryFormsTests {

	private static final EnglishWords english = new EnglishWords();

	/**
	 * The dictionary, and a word that only the collection uses (practice 6's
	 * "caregiving").
	 */
	private static final CompoundWords compounds = new CompoundWords(
			(word) -> english.contains(word) || word.equals("caregiving"));

	static Stream<Arguments> runTogetherAndSplitWords() {
		return Stream.of(arguments("childlabour", List.of("childlabour", "child labour")),
				arguments("labourinspection", List.of("labourinspection", "labour inspection")),
				arguments("socialprotection", List.of("socialprotection", "social protection")),
				arguments("care giving", List.of("care giving", "caregiving")),
				arguments("work place", List.of("work place", "workplace")));
	}

	@ParameterizedTest
	@MethodSource("runTogetherAndSplitWords")
	void wordsRunTogetherOrSplitApartAlsoTakeTheirOtherForm(String words, List<String> forms) {
		assertThat(compounds.forms(words)).isEqualTo(forms);
	}

	@Test
	void wordsOfTheDictionaryNamesAndShortSyllablesAreLeftAlone() {
		assertThat(compounds.forms("inspection")).isEmpty();
		assertThat(compounds.forms("caricom")).isEmpty();
		assertThat(compounds.forms("labour inspection")).isEmpty();
		assertThat(compounds.forms("in come")).as("parts of fewer than three letters").isEmpty();
	}

	@Test
	void initialsWithDotsOrSpacesAreOneWord() {
		assertThat(Synonyms.normalise("G.C.C. countries")).isEqualTo("gcc countries");
		assertThat(Synonyms.normalise("I L O")).isEqualTo("ilo");
		assertThat(Synonyms.normalise("Côte d'Ivoire")).isEqualTo("cote d'ivoire");
	}

	@Test
	void aNameAndItsAcronymFindEachOtherFromTheCollection() throws Exception {
		CollectionNames.Miner miner = new CollectionNames.Miner(english::contains);
		miner.organisations(JsonMapper.builder().build().readTree("""
				[{"acronym": "SENAI", "name": "National Industrial Apprenticeship Service (Brazil)"}]"""));
		miner.text("The Instituto de Pesquisa Econômica Aplicada, Brazil undertook this work. It featured the INFF "
				+ "in each region, with the Regional Centre for Labour Administration (ARLAC) and the "
				+ "Tripartite Labour Advisory Council – TLAC.");
		CollectionNames.Names names = miner.names();

		assertThat(names.group("national industrial apprenticeship service")).contains("senai");
		assertThat(names.group("senai")).contains("national industrial apprenticeship service");
		assertThat(names.group("tripartite labour advisory council")).as("a name before a dash and its acronym")
			.contains("tlac");
		assertThat(names.group("integrated national financing frameworks"))
			.as("a query whose initials are an acronym the collection uses")
			.contains("inff");
		assertThat(names.group("ipea")).as("initials of a name the collection writes out")
			.contains("instituto de pesquisa economica aplicada");
		assertThat(names.group("regional centre for labour administration"))
			.as("initials that do not spell the acronym link nothing")
			.isEmpty();
		assertThat(names.group("labour")).isEmpty();
	}

	@Test
	void aWordOnlyATitleHasIsAWordOfTheCollection() {
		CollectionNames.Miner miner = new CollectionNames.Miner(english::contains);
		miner.words("Regional Meeting Training and Certification for Caregiving in Latin America");
		CollectionNames.Names names = miner.names();
		assertThat(names.vocabulary()).contains("caregiving");
		assertThat(names.group("regional meeting training")).as("no names are mined from a title").isEmpty();
	}

	@Test
	void theQueryTakesTheOtherFormsAsOneUnit() {
		Synonyms synonyms = new Synonyms(null, compounds, null);
		assertThat(synonyms.groups(QueryText.parse("childlabour Africa").terms()))
			.containsExactly("(childlabour | \"child labour\"~2)", "africa");
		assertThat(synonyms.groups(QueryText.parse("G.C.C. countries").terms())).hasSize(1);
	}

	@Test
	void aHyphenatedWordIsAlsoTheWordItsPartsMake() {
		Synonyms synonyms = new Synonyms(null, compounds, null);
		assertThat(synonyms.groups(QueryText.parse("co-operation").terms()))
			.containsExactly("(\"co operation\" | cooperation)");
		assertThat(synonyms.groups(QueryText.parse("e-learning").terms())).containsExactly("\"e learning\"");
	}

	private static final QueryTranslations translations = new QueryTranslations();

	static Stream<Arguments> frenchAndSpanishTerms() {
		return Stream.of(arguments("assurance chomage", "unemployment insurance"),
				arguments("emplois verts", "green jobs"), arguments("emploi jeunes", "youth employment"),
				arguments("l'emploi", "employment"), arguments("formaciones profesionales", "vocational training"),
				arguments("trabajadores migrantes", "migrant workers"),
				arguments("migration de main d'œuvre", "labour migration"), arguments("bresil", "brazil"),
				arguments("tanzania", "tanzania"), arguments("emirats arabes unis", "united arab emirates"));
	}

	@ParameterizedTest
	@MethodSource("frenchAndSpanishTerms")
	void frenchAndSpanishTermsAreAlsoSearchedInEnglish(String normalised, String english) {
		List<String> forms = translations.forms(normalised);
		if (normalised.equals(english)) {
			assertThat(forms).as("a name the same in both languages needs nothing more").isEmpty();
		}
		else {
			assertThat(forms).contains(english);
		}
	}

	@Test
	void englishTermsAreNotTranslatedAndFrenchWordsAreNotCorrected() {
		assertThat(translations.forms("labour inspection")).isEmpty();
		assertThat(translations.forms("social")).isEmpty();
		assertThat(translations.isKnownWord("chomage")).isTrue();
		assertThat(new Synonyms(null, null, translations).groups(QueryText.parse("assurance chômage en Asie").terms()))
			.containsExactly("(\"assurance chomage\" | \"unemployment insurance\" | \"unemployment benefits\")",
					"(asie | asia)");
	}

}
