package org.sstc.catalogue.practice;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;

/**
 * One section of a practice's body (a component of {@link PracticeBody}), as the code
 * that walks the sections sees it: its name (the same in the database, the curated files,
 * the JSON API, the admin form and the history), its label's message key, its kind, the
 * page block it shows in, and its value in a given body.
 */
public record PracticeSection(String name, Kind kind, String block, boolean required, RecordComponent component) {

	/** What a section holds, which says how forms, pages and the history show it. */
	public enum Kind {

		/** One line of plain text. */
		LINE(String.class),

		/** Text in Markdown, as curated. */
		MARKDOWN(String.class),

		COUNTRIES(CountryRef.class),

		ORGANISATIONS(Organisation.class),

		CONTACTS(Contact.class),

		FUNDING_SOURCES(FundingSource.class),

		LINKS(WebLink.class);

		private final Class<?> valueType;

		Kind(Class<?> valueType) {
			this.valueType = valueType;
		}

		/** The type of the value, or of each row of a structured list. */
		public Class<?> valueType() {
			return this.valueType;
		}

		/** True for text (a line or Markdown), false for a structured list of rows. */
		public boolean isText() {
			return this == LINE || this == MARKDOWN;
		}

	}

	/**
	 * The label of the section, wherever it is named: form, history, list of missing
	 * fields.
	 */
	public String messageKey() {
		return "field." + this.name;
	}

	/**
	 * The column that holds the section in the {@code practice} table and its history.
	 */
	public String column() {
		return this.name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * The section's value in a body: a string (null where the source has none) or a list
	 * of rows.
	 */
	public Object value(PracticeBody body) {
		try {
			return this.component.getAccessor().invoke(body);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read section " + this.name, ex);
		}
	}

	/** The value of a text section. */
	public String text(PracticeBody body) {
		if (!this.kind.isText()) {
			throw new IllegalStateException(this.name + " is not text but " + this.kind);
		}
		return (String) value(body);
	}

	/** The rows of a structured section. */
	public List<?> rows(PracticeBody body) {
		if (this.kind.isText()) {
			throw new IllegalStateException(this.name + " is text, not rows");
		}
		return (List<?>) value(body);
	}

	/** True when the body has nothing for this section: no text, or no row. */
	public boolean isEmptyIn(PracticeBody body) {
		Object value = value(body);
		return (value == null) || ((value instanceof List<?> rows) && rows.isEmpty());
	}

}
