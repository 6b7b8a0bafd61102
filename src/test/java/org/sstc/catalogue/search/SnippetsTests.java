package org.sstc.catalogue.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snippets mark what the search matched, as the index's English analysis sees it, and
 * nothing else.
 */
@Tag("unit")
class SnippetsTests {

	private final Snippets snippets = new Snippets(new SearchAnalysis());

	@ParameterizedTest(name = "{0} marks ''{2}'' in ''{1}''")
	@CsvSource(delimiter = '|', textBlock = """
			inspection            | Labour inspections were planned.         | inspections
			policy                | Employment policies and services.        | policies
			cote d'ivoire         | Madagascar and Côte d’Ivoire shared.      | Côte
			migra*                | Migrant workers and migration.           | Migrant
			"social protection"   | Extending social protection to all.      | social
			inspection            | LABOUR INSPECTION REFORM.                | INSPECTION
			2030                  | Towards the 2030 Agenda.                 | 2030
			""")
	void aQueryWordMarksTheWordsOfTheTextWithTheSameStem(String query, String text, String marked) {
		String snippet = snippetOf(query, text);
		assertThat(snippet).contains("<mark>" + marked + "</mark>");
	}

	@Test
	void employersAreNotEmploymentThoughPorterWouldMergeThem() {
		assertThat(snippetOf("employers", "Employment services and employers' organisations."))
			.contains("<mark>employers</mark>")
			.doesNotContain("<mark>Employment</mark>");
	}

	@Test
	void aPhrasesSlopIsNoWord() {
		assertThat(snippetOf("(childlabour | \"child labour\"~2)", "2 programmes on child and forced labour."))
			.contains("<mark>child</mark>")
			.contains("<mark>labour</mark>")
			.doesNotContain("<mark>2</mark>");
	}

	@Test
	void stopWordsAndUnrelatedWordsAreNotMarked() {
		assertThat(snippetOf("the inspection", "The labour of the inspectorate")).isNull();
	}

	@Test
	void everythingButTheMarksIsEscaped() {
		assertThat(snippetOf("inspection", "<script>alert(1)</script> inspection & more"))
			.isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>inspection</mark> &amp; more");
	}

	@Test
	void aLongTextIsCutAroundTheMostMatchesWithEllipses() {
		String filler = "Nothing to see here at all. ".repeat(30);
		String text = filler + "Labour inspection and labour inspectors met. " + filler;
		String snippet = snippetOf("labour inspection", text);
		assertThat(snippet).startsWith("… ").endsWith(" …").contains("<mark>Labour</mark> <mark>inspection</mark>");
		assertThat(snippet.replaceAll("<[^>]+>", "").length()).isLessThan(300);
	}

	@Test
	void eachFieldGetsItsSnippetAndAFieldWithoutAMatchNone() {
		Map<String, List<String>> texts = new LinkedHashMap<>();
		texts.put(PracticeFields.OBJECTIVES, List.of("Strengthen labour inspection."));
		texts.put(PracticeFields.RESULTS, List.of("Nothing relevant."));
		assertThat(this.snippets.of(texts, this.snippets.terms("inspection")))
			.containsOnlyKeys(PracticeFields.OBJECTIVES);
	}

	private String snippetOf(String query, String text) {
		return this.snippets.of(Map.of("f", List.of(text)), this.snippets.terms(query)).get("f");
	}

}
