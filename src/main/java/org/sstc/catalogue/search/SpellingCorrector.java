package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.sstc.catalogue.practice.Practice;

import org.springframework.stereotype.Component;

/**
 * "Did you mean": replaces each word that no practice contains by the closest word that practices do contain (at
 * most two edits away), using the catalogue's own vocabulary as indexed. Words of the curated synonym list and words
 * of the English language are left alone: they are known even where no practice spells them that way, and a person
 * asking about "farms" does not mean "forms".
 */
@Component
class SpellingCorrector {

	private static final int MIN_LENGTH = 4;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private final Synonyms synonyms;

	private final EnglishWords englishWords;

	SpellingCorrector(Synonyms synonyms, EnglishWords englishWords) {
		this.synonyms = synonyms;
		this.englishWords = englishWords;
		this.checker.setMinPrefix(0);
		this.checker.setMinQueryLength(MIN_LENGTH);
		this.checker.setAccuracy(0.7f);
	}

	/** The corrections to make, word by word; empty when every word is known. */
	Map<String, String> corrections(SearchSession session, QueryText text) {
		if (text.words().isEmpty()) {
			return Map.of();
		}
		try (IndexReader reader = session.scope(Practice.class).extension(LuceneExtension.get()).openIndexReader()) {
			return corrections(text, reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Map<String, String> corrections(QueryText text, IndexReader reader) throws IOException {
		Map<String, String> corrections = new LinkedHashMap<>();
		for (String word : text.words()) {
			if (word.length() < MIN_LENGTH || this.synonyms.isKnownWord(word) || !word.chars().allMatch(Character::isLetter)
					|| this.englishWords.contains(word)) {
				continue;
			}
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

}
