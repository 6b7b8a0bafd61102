package org.sstc.catalogue.practice;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * The content columns of the {@code practice} table and a curated record's values for
 * them, in one order: what the migrations that load curated files and apply their
 * corrections write with plain JDBC. The body's columns come from its sections.
 */
final class PracticeColumns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The content columns, in the order of {@link #values(PracticeContent)}. */
	static final List<Column> CONTENT = Stream
		.of(Stream.of(text("heading", PracticeContent::heading), text("short_title", PracticeContent::shortTitle),
				text("region", (practice) -> practice.region().name()),
				text("region_as_written", PracticeContent::regionAsWritten),
				new Column("region_inferred", false, PracticeContent::regionInferred)),
				PracticeBody.SECTIONS.stream()
					.map((section) -> new Column(section.column(), !section.kind().isText(),
							(practice) -> section.value(practice.body()))),
				Stream.of(json("image_captions", PracticeContent::imageCaptions),
						json("themes", PracticeContent::themes), json("modalities", PracticeContent::modalities),
						json("parts", PracticeContent::parts), json("repairs", PracticeContent::repairs),
						json("missing_fields", PracticeContent::missing)))
		.flatMap(Function.identity())
		.toList();

	private PracticeColumns() {
	}

	/**
	 * A column, whether it holds JSON (its parameter is then cast to jsonb), and a
	 * record's value for it.
	 */
	record Column(String name, boolean json, Function<PracticeContent, Object> value) {

		String parameter() {
			return this.json ? "?::jsonb" : "?";
		}

		Object valueIn(PracticeContent practice) {
			Object value = this.value.apply(practice);
			return this.json ? JSON.writeValueAsString(value) : value;
		}

	}

	/** The column names, comma-separated. */
	static String names() {
		return CONTENT.stream().map(Column::name).collect(Collectors.joining(", "));
	}

	/**
	 * As many parameters as columns, comma-separated, with the casts the JSON columns
	 * need.
	 */
	static String parameters() {
		return CONTENT.stream().map(Column::parameter).collect(Collectors.joining(", "));
	}

	static Object[] values(PracticeContent practice) {
		return CONTENT.stream().map((column) -> column.valueIn(practice)).toArray();
	}

	private static Column text(String name, Function<PracticeContent, Object> value) {
		return new Column(name, false, value);
	}

	private static Column json(String name, Function<PracticeContent, Object> value) {
		return new Column(name, true, value);
	}

}
