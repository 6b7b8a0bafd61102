package org.sstc.catalogue.practice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Flyway migration that loads one compendium's curated records into an empty catalogue. Flyway runs it once per
 * database, so a restart or an upgrade never overwrites what staff have edited since; a correction to a curated file
 * after that reaches existing databases only through a new migration.
 */
class CompendiumMigration implements JavaMigration {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MigrationVersion version;

	private final String compendiumCode;

	CompendiumMigration(String version, String compendiumCode) {
		this.version = MigrationVersion.fromVersion(version);
		this.compendiumCode = compendiumCode;
	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public String getDescription() {
		return "load compendium " + this.compendiumCode;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		CuratedCompendium compendium = CuratedRecords.read(this.compendiumCode);
		Connection connection = context.getConnection();
		long compendiumId = insertCompendium(connection, compendium);
		for (PracticeContent practice : compendium.practices()) {
			insertPractice(connection, compendiumId, practice);
		}
		recordFirstRevision(connection, compendiumId);
	}

	/**
	 * Once the revision history exists (V3), a loaded compendium's records become their practices' first revision,
	 * so that later edits can be compared with, and restored to, the compendium's text. V3 did this for the first
	 * compendium, which was loaded before the history existed.
	 */
	private void recordFirstRevision(Connection connection, long compendiumId) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, "practice_aud", null)) {
			if (!tables.next()) {
				return;
			}
		}
		try (PreparedStatement revision = connection.prepareStatement(
				"insert into revision (revision_time, username) values (?, 'compendium import') returning id")) {
			revision.setLong(1, System.currentTimeMillis());
			long revisionId;
			try (ResultSet result = revision.executeQuery()) {
				result.next();
				revisionId = result.getLong(1);
			}
			try (PreparedStatement audit = connection.prepareStatement("""
					insert into practice_aud (id, rev, revtype, compendium_id, number, slug, status, heading, short_title,
					    title, region, region_as_written, region_inferred, authors, institutions, countries_involved,
					    countries, organisations, objectives, cooperation, peer_learning, innovation, sustainability,
					    adaptability, results, contact_details, contacts, funding, funding_sources, materials, links,
					    image_captions, themes, modalities, parts, repairs, missing_fields, created_at, updated_at)
					select id, ?, 0, compendium_id, number, slug, status, heading, short_title, title, region,
					    region_as_written, region_inferred, authors, institutions, countries_involved, countries,
					    organisations, objectives, cooperation, peer_learning, innovation, sustainability, adaptability,
					    results, contact_details, contacts, funding, funding_sources, materials, links, image_captions,
					    themes, modalities, parts, repairs, missing_fields, created_at, updated_at
					from practice where compendium_id = ?""")) {
				audit.setLong(1, revisionId);
				audit.setLong(2, compendiumId);
				audit.executeUpdate();
			}
		}
	}

	private long insertCompendium(Connection connection, CuratedCompendium compendium) throws SQLException {
		String sql = "insert into compendium (code, title, biennium, publisher, preface) values (?, ?, ?, ?, ?) "
				+ "returning id";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, compendium.code());
			statement.setString(2, compendium.title());
			statement.setString(3, compendium.biennium());
			statement.setString(4, compendium.publisher());
			statement.setString(5, compendium.preface());
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	private void insertPractice(Connection connection, long compendiumId, PracticeContent practice)
			throws SQLException {
		String sql = """
				insert into practice (compendium_id, number, slug, status, heading, short_title, title, region,
				    region_as_written, region_inferred, authors, institutions, countries_involved, countries,
				    organisations, objectives, cooperation, peer_learning, innovation, sustainability, adaptability,
				    results, contact_details, contacts, funding, funding_sources, materials, links, image_captions,
				    themes, modalities, parts, repairs, missing_fields)
				values (?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?,
				    ?::jsonb, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb)
				""";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			Object[] values = { compendiumId, practice.number(), practice.slug(), practice.heading(),
					practice.shortTitle(), practice.title(), practice.region().name(), practice.regionAsWritten(),
					practice.regionInferred(), practice.authors(), practice.institutions(),
					practice.countriesInvolved(), json(practice.countries()), json(practice.organisations()),
					practice.objectives(), practice.cooperation(), practice.peerLearning(), practice.innovation(),
					practice.sustainability(), practice.adaptability(), practice.results(), practice.contactDetails(),
					json(practice.contacts()), practice.funding(), json(practice.fundingSources()),
					practice.materials(), json(practice.links()), json(practice.imageCaptions()),
					json(practice.themes()), json(practice.modalities()), json(practice.parts()),
					json(practice.repairs()), json(practice.missing()) };
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.executeUpdate();
		}
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
