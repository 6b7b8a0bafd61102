package org.sstc.catalogue.practice;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A term of one of the catalogue's controlled vocabularies: a stable code for URLs and
 * data, and an English label.
 */
public interface VocabularyTerm {

	@JsonValue
	String code();

	String label();

	/** Finds a term by its code, its Java constant name or its label, ignoring case. */
	static <T extends Enum<T> & VocabularyTerm> Optional<T> find(Class<T> type, String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String wanted = value.trim();
		return Arrays.stream(type.getEnumConstants())
			.filter((term) -> term.code().equalsIgnoreCase(wanted) || term.name().equalsIgnoreCase(wanted)
					|| term.label().equalsIgnoreCase(wanted))
			.findFirst();
	}

}
