package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.sstc.catalogue.practice.Practice;

import org.springframework.stereotype.Component;

/**
 * "Did you mean": replaces each word that no practice contains by the closest word that
 * practices do contain (at most two edits away), using the catalogue's own vocabulary as
 * indexed. Words of the curated synonym list and words of the English language are left
 * alone: they are known even where no practice spells them that way, and a person asking
 * about "farms" does not mean "forms". On OpenSearch, its term suggester does the same:
 * it runs Lucene's {@code DirectSpellChecker} on the cluster, set here as the catalogue
 * sets it.
 */
@Component
class SpellingCorrector {

	private static final int MIN_LENGTH = 4;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private final Synonyms synonyms;

	private final EnglishWords englishWords;

	private final boolean onOpenSearch;

	SpellingCorrector(Synonyms synonyms, EnglishWords englishWords, SearchProperties properties) {
		this.synonyms = synonyms;
		this.englishWords = englishWords;
		this.onOpenSearch = properties.backend() == SearchProperties.Backend.OPENSEARCH;
		this.checker.setMinPrefix(0);
		this.checker.setMinQueryLength(MIN_LENGTH);
		this.checker.setAccuracy(0.7f);
	}

	/** The corrections to make, word by word; empty when every word is known. */
	Map<String, String> corrections(SearchSession session, QueryText text) {
		List<String> candidates = candidates(text);
		if (candidates.isEmpty()) {
			return Map.of();
		}
		if (this.onOpenSearch) {
			return suggested(session, candidates);
		}
		try (IndexReader reader = session.scope(Practice.class).extension(LuceneExtension.get()).openIndexReader()) {
			return corrections(candidates, reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Map<String, String> corrections(QueryText text, IndexReader reader) throws IOException {
		return corrections(candidates(text), reader);
	}

	/**
	 * The words that may be misspelt: long enough, letters only, and neither a curated
	 * term nor an English word.
	 */
	private List<String> candidates(QueryText text) {
		return text.words()
			.stream()
			.filter((word) -> word.length() >= MIN_LENGTH && !this.synonyms.isKnownWord(word)
					&& word.chars().allMatch(Character::isLetter) && !this.englishWords.contains(word))
			.toList();
	}

	private Map<String, String> corrections(List<String> candidates, IndexReader reader) throws IOException {
		Map<String, String> corrections = new LinkedHashMap<>();
		for (String word : candidates) {
			Term term = new Term(PracticeFields.SPELLING, TextFolding.fold(word));
			if (reader.docFreq(term) > 0) {
				continue;
			}
			SuggestWord[] suggestions = this.checker.suggestSimilar(term, 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (suggestions.length > 0) {
				corrections.put(word, suggestions[0].string);
			}
		}
		return corrections;
	}

	/**
	 * One request to OpenSearch: a term suggestion for each word, with the settings of
	 * {@link #checker}.
	 */
	private Map<String, String> suggested(SearchSession session, List<String> candidates) {
		JsonObject suggest = new JsonObject();
		for (int i = 0; i < candidates.size(); i++) {
			JsonObject term = new JsonObject();
			term.addProperty("field", PracticeFields.SPELLING);
			term.addProperty("suggest_mode", "missing");
			term.addProperty("size", 1);
			term.addProperty("max_edits", 2);
			term.addProperty("prefix_length", 0);
			term.addProperty("min_word_length", MIN_LENGTH);
			term.addProperty("accuracy", 0.7f);
			term.addProperty("string_distance", "internal");
			JsonObject entry = new JsonObject();
			entry.addProperty("text", TextFolding.fold(candidates.get(i)));
			entry.add("term", term);
			suggest.add("w" + i, entry);
		}
		ElasticsearchSearchResult<Object> result = session.search(Practice.class)
			.extension(ElasticsearchExtension.get())
			.select((f) -> f.id())
			.where((f) -> f.matchNone())
			.requestTransformer((context) -> context.body().add("suggest", suggest))
			.fetch(0);
		JsonObject suggested = result.responseBody().getAsJsonObject("suggest");
		Map<String, String> corrections = new LinkedHashMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			JsonArray entries = (suggested != null) ? suggested.getAsJsonArray("w" + i) : null;
			if (entries == null || entries.isEmpty()) {
				continue;
			}
			JsonArray options = entries.get(0).getAsJsonObject().getAsJsonArray("options");
			if (options != null && !options.isEmpty()) {
				corrections.put(candidates.get(i), options.get(0).getAsJsonObject().get("text").getAsString());
			}
		}
		return corrections;
	}

}
