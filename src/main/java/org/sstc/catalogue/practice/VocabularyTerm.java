package org.sstc.catalogue.practice;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A term of one of the catalogue's controlled vocabularies (an enum constant): a stable
 * code for URLs and data, and an English label. The labels, in every interface language,
 * are the interface's messages ({@code <vocabulary>.<code>}, e.g.
 * {@code theme.social-protection}), so that a label is written in one place.
 */
public interface VocabularyTerm {

	/** The constant's name (enums have it). */
	String name();

	/** The vocabulary's enum (enums have it). */
	Class<?> getDeclaringClass();

	/**
	 * The code in URLs, the database and the API: the constant's name in lower case, its
	 * words joined by hyphens. Renaming a constant changes it, and with it stored data.
	 */
	@JsonValue
	default String code() {
		return VocabularyTermNames.code(this);
	}

	/** The key of the term's label in the message bundles. */
	default String messageKey() {
		return getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + code();
	}

	/** The English label, as the English interface shows it. */
	default String label() {
		return VocabularyTermNames.label(this);
	}

	/** Finds a term by its code, its Java constant name or its label, ignoring case. */
	static <T extends Enum<T> & VocabularyTerm> Optional<T> find(Class<T> type, String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(type.cast(VocabularyTermNames.find(type, value.trim())));
	}

	/**
	 * The term {@link #find} finds, or an {@link IllegalArgumentException} that names the
	 * vocabulary.
	 */
	static <T extends Enum<T> & VocabularyTerm> T require(Class<T> type, String value) {
		return find(type, value).orElseThrow(() -> new IllegalArgumentException(
				"Unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + ": " + value));
	}

}
