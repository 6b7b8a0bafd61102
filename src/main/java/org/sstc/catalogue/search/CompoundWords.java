package org.sstc.catalogue.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Words run together or split apart, told by the English dictionary
 * ({@link EnglishWords}) and the words the published practices use
 * ({@link CollectionNames}): a query word that is no word but two words run together
 * ("childlabour", "labourinspection") is also looked for as those two words, and two
 * query words that make one word together ("care giving", "petro chemical") are also
 * looked for as that word. Each part must be a word of at least {@value #MIN_PART}
 * letters, so that a name or an acronym is not cut into syllables.
 */
@Component
class CompoundWords {

	static final int MIN_PART = 3;

	private final Predicate<String> isWord;

	@Autowired
	CompoundWords(EnglishWords english, CollectionNames collection) {
		this((word) -> english.contains(word) || collection.isCollectionWord(word));
	}

	CompoundWords(Predicate<String> isWord) {
		this.isWord = isWord;
	}

	/**
	 * The query's words and their other form, as search terms (two words as a phrase), or
	 * nothing when they have none.
	 * @param normalised one or two words as {@link Synonyms#normalise} gives them
	 */
	List<String> forms(String normalised) {
		String[] words = normalised.split(" ");
		if (words.length == 1) {
			return split(words[0]).map((apart) -> List.of(normalised, apart)).orElse(List.of());
		}
		if (words.length == 2 && isPart(words[0]) && isPart(words[1])) {
			String together = words[0] + words[1];
			if (this.isWord.test(together)) {
				return List.of(normalised, together);
			}
		}
		return List.of();
	}

	/**
	 * A hyphenated word's parts written as one word, when that is a word ("co-operation"
	 * is "cooperation"); parts of any length, since a prefix such as "co" or "re" is cut
	 * off by its hyphen.
	 */
	Optional<String> joined(List<String> parts) {
		String together = String.join("", parts);
		return (together.chars().allMatch(Character::isLetter) && this.isWord.test(together)) ? Optional.of(together)
				: Optional.empty();
	}

	/**
	 * The two words a run-together word is made of, the most even cut first; nothing for
	 * a word of the dictionary.
	 */
	private Optional<String> split(String word) {
		if (word.length() < 2 * MIN_PART || !word.chars().allMatch(Character::isLetter) || this.isWord.test(word)) {
			return Optional.empty();
		}
		String best = null;
		int bestShorter = 0;
		for (int cut = MIN_PART; cut <= word.length() - MIN_PART; cut++) {
			String left = word.substring(0, cut);
			String right = word.substring(cut);
			int shorter = Math.min(left.length(), right.length());
			if (shorter > bestShorter && this.isWord.test(left) && this.isWord.test(right)) {
				best = left + " " + right;
				bestShorter = shorter;
			}
		}
		return Optional.ofNullable(best);
	}

	private boolean isPart(String word) {
		return word.length() >= MIN_PART && word.chars().allMatch(Character::isLetter);
	}

}
