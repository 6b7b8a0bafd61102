package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The words of the English language and common names (75,000 of them, from SCOWL), so
 * that spelling correction only corrects what is not a word: "stop" or "farms" in a
 * question are meant, even where no practice uses them, while "inspecton" is a typo. Kept
 * as one sorted string searched by bisection: a tenth of the memory of a set of strings.
 */
@Component
class EnglishWords {

	private static final String RESOURCE = "search/english-words.txt";

	private final String words;

	private final int[] starts;

	EnglishWords() {
		List<String> lines = read();
		lines.sort(null);
		this.words = String.join("\n", lines) + "\n";
		this.starts = new int[lines.size()];
		int position = 0;
		for (int i = 0; i < lines.size(); i++) {
			this.starts[i] = position;
			position += lines.get(i).length() + 1;
		}
	}

	boolean contains(String word) {
		String wanted = word.toLowerCase(Locale.ROOT);
		int low = 0;
		int high = this.starts.length - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int compared = compareAt(this.starts[middle], wanted);
			if (compared < 0) {
				low = middle + 1;
			}
			else if (compared > 0) {
				high = middle - 1;
			}
			else {
				return true;
			}
		}
		return false;
	}

	/**
	 * The word starting at {@code start} compared with {@code wanted}, as
	 * {@link String#compareTo} would.
	 */
	private int compareAt(int start, String wanted) {
		int end = this.words.indexOf('\n', start);
		int length = Math.min(end - start, wanted.length());
		for (int i = 0; i < length; i++) {
			int difference = this.words.charAt(start + i) - wanted.charAt(i);
			if (difference != 0) {
				return difference;
			}
		}
		return (end - start) - wanted.length();
	}

	private static List<String> read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			List<String> lines = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					lines.add(word);
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

}
