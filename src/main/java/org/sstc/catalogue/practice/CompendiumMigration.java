package org.sstc.catalogue.practice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.Context;

/**
 * A Flyway migration that loads one compendium's curated records into an empty catalogue.
 * Flyway runs it once per database, so a restart or an upgrade never overwrites what
 * staff have edited since; a correction to a curated file after that reaches existing
 * databases only through a new migration.
 */
class CompendiumMigration extends CuratedMigration {

	CompendiumMigration(String version, String compendiumCode) {
		super(version, compendiumCode);
	}

	@Override
	public String getDescription() {
		return "load compendium " + compendiumCode();
	}

	@Override
	public void migrate(Context context) throws Exception {
		CuratedCompendium compendium = CuratedRecords.read(compendiumCode());
		Connection connection = context.getConnection();
		long compendiumId = insertCompendium(connection, compendium);
		for (PracticeContent practice : compendium.practices()) {
			insertPractice(connection, compendiumId, practice);
		}
		recordFirstRevision(connection, compendiumId);
	}

	/**
	 * Once the revision history exists (V3), a loaded compendium's records become their
	 * practices' first revision, so that later edits can be compared with, and restored
	 * to, the compendium's text. V3 did this for the first compendium, which was loaded
	 * before the history existed.
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
			String columns = "compendium_id, number, slug, status, " + PracticeColumns.names()
					+ ", created_at, updated_at";
			try (PreparedStatement audit = connection.prepareStatement("insert into practice_aud (id, rev, revtype, "
					+ columns + ") select id, ?, 0, " + columns + " from practice where compendium_id = ?")) {
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
		String sql = "insert into practice (compendium_id, number, slug, status, " + PracticeColumns.names()
				+ ") values (?, ?, ?, 'PUBLISHED', " + PracticeColumns.parameters() + ")";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, compendiumId);
			statement.setInt(2, practice.number());
			statement.setString(3, practice.slug());
			Object[] values = PracticeColumns.values(practice);
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 4, values[i]);
			}
			statement.executeUpdate();
		}
	}

}
