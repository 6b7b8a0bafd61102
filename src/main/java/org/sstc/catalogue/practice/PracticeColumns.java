package org.sstc.catalogue.practice;

import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * The content columns of the {@code practice} table and a curated record's values for them, in one order: what the
 * migrations that load curated files and apply their corrections write with plain JDBC.
 */
final class PracticeColumns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The content columns, in the order of {@link #values(PracticeContent)}. */
	static final List<Column> CONTENT = List.of(new Column("heading", false), new Column("short_title", false),
			new Column("title", false), new Column("region", false), new Column("region_as_written", false),
			new Column("region_inferred", false), new Column("authors", false), new Column("institutions", false),
			new Column("countries_involved", false), new Column("countries", true), new Column("organisations", true),
			new Column("objectives", false), new Column("cooperation", false), new Column("peer_learning", false),
			new Column("innovation", false), new Column("sustainability", false), new Column("adaptability", false),
			new Column("results", false), new Column("contact_details", false), new Column("contacts", true),
			new Column("funding", false), new Column("funding_sources", true), new Column("materials", false),
			new Column("links", true), new Column("image_captions", true), new Column("themes", true),
			new Column("modalities", true), new Column("parts", true), new Column("repairs", true),
			new Column("missing_fields", true));

	private PracticeColumns() {
	}

	/** A column, and whether it holds JSON (its parameter is then cast to jsonb). */
	record Column(String name, boolean json) {

		String parameter() {
			return this.json ? "?::jsonb" : "?";
		}

	}

	/** The column names, comma-separated. */
	static String names() {
		return CONTENT.stream().map(Column::name).collect(Collectors.joining(", "));
	}

	/** As many parameters as columns, comma-separated, with the casts the JSON columns need. */
	static String parameters() {
		return CONTENT.stream().map(Column::parameter).collect(Collectors.joining(", "));
	}

	static Object[] values(PracticeContent practice) {
		return new Object[] { practice.heading(), practice.shortTitle(), practice.title(), practice.region().name(),
				practice.regionAsWritten(), practice.regionInferred(), practice.authors(), practice.institutions(),
				practice.countriesInvolved(), json(practice.countries()), json(practice.organisations()),
				practice.objectives(), practice.cooperation(), practice.peerLearning(), practice.innovation(),
				practice.sustainability(), practice.adaptability(), practice.results(), practice.contactDetails(),
				json(practice.contacts()), practice.funding(), json(practice.fundingSources()), practice.materials(),
				json(practice.links()), json(practice.imageCaptions()), json(practice.themes()),
				json(practice.modalities()), json(practice.parts()), json(practice.repairs()),
				json(practice.missing()) };
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
