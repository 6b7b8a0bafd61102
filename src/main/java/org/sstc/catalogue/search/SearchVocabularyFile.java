package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * One of the search's word lists on the class path ({@code search/synonyms.txt},
 * {@code search/glossary.txt}): its lines, without blank lines and {@code #} comments.
 */
final class SearchVocabularyFile {

	private SearchVocabularyFile() {
	}

	static List<String> lines(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

}
