package org.sstc.catalogue.practice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings corrections of a compendium's curated files to databases that loaded an earlier
 * version of them, without overwriting staff's work: a practice whose content is still
 * exactly what its first revision (the compendium import) holds gets the corrected
 * content as a new revision, "compendium corrections"; a practice that staff have edited
 * keeps its content, and the log names it so that someone compares it with the curated
 * file. A fresh database loads the corrected files in the first place and finds nothing
 * to do here.
 */
class CuratedCorrectionsMigration extends CuratedMigration {

	private static final Logger logger = LoggerFactory.getLogger(CuratedCorrectionsMigration.class);

	CuratedCorrectionsMigration(String version, String compendiumCode) {
		super(version, compendiumCode);
	}

	@Override
	public String getDescription() {
		return "apply corrections of compendium " + compendiumCode() + " to practices nobody has edited";
	}

	@Override
	public void migrate(Context context) throws Exception {
		apply(context.getConnection());
	}

	/** Applies the corrections; returns the numbers of the practices corrected. */
	List<Integer> apply(Connection connection) throws SQLException {
		List<Integer> corrected = new ArrayList<>();
		List<Integer> keptAsEdited = new ArrayList<>();
		Long revisionId = null;
		for (PracticeContent practice : CuratedRecords.read(compendiumCode()).practices()) {
			Long id = practiceId(connection, practice.number());
			if (id == null || differs(connection, id, practice).isEmpty()) {
				continue;
			}
			if (!isAsImported(connection, id)) {
				keptAsEdited.add(practice.number());
				continue;
			}
			if (revisionId == null) {
				revisionId = newRevision(connection);
			}
			update(connection, id, practice);
			recordRevision(connection, id, revisionId);
			corrected.add(practice.number());
		}
		if (!corrected.isEmpty()) {
			logger.info("Applied the corrected curated records of {} to good practices {}", compendiumCode(),
					corrected);
		}
		if (!keptAsEdited.isEmpty()) {
			logger.warn(
					"Good practices {} of {} were edited by staff since the import: the corrections of their "
							+ "curated files were not applied; compare them with db/practices/{}",
					keptAsEdited, compendiumCode(), compendiumCode());
		}
		return corrected;
	}

	private Long practiceId(Connection connection, int number) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				select p.id from practice p join compendium c on c.id = p.compendium_id
				where c.code = ? and p.number = ?""")) {
			statement.setString(1, compendiumCode());
			statement.setInt(2, number);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? result.getLong(1) : null;
			}
		}
	}

	/**
	 * The content columns whose value in the database differs from the curated file's.
	 */
	private static List<String> differs(Connection connection, long id, PracticeContent practice) throws SQLException {
		String comparisons = PracticeColumns.CONTENT.stream()
			.map((column) -> "(" + column.name() + " is distinct from " + column.parameter() + ")")
			.collect(Collectors.joining(", "));
		try (PreparedStatement statement = connection
			.prepareStatement("select " + comparisons + " from practice where id = ?")) {
			Object[] values = PracticeColumns.values(practice);
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.setLong(values.length + 1, id);
			List<String> differing = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				for (int i = 0; i < PracticeColumns.CONTENT.size(); i++) {
					if (result.getBoolean(i + 1)) {
						differing.add(PracticeColumns.CONTENT.get(i).name());
					}
				}
			}
			return differing;
		}
	}

	/**
	 * Whether the practice's content is still that of its first revision, the compendium
	 * import.
	 */
	private static boolean isAsImported(Connection connection, long id) throws SQLException {
		String same = PracticeColumns.CONTENT.stream()
			.map((column) -> "p." + column.name() + " is not distinct from a." + column.name())
			.collect(Collectors.joining(" and "));
		try (PreparedStatement statement = connection.prepareStatement("select " + same + """
				 from practice p join practice_aud a on a.id = p.id
				where p.id = ? order by a.rev limit 1""")) {
			statement.setLong(1, id);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static void update(Connection connection, long id, PracticeContent practice) throws SQLException {
		String assignments = PracticeColumns.CONTENT.stream()
			.map((column) -> column.name() + " = " + column.parameter())
			.collect(Collectors.joining(", "));
		try (PreparedStatement statement = connection.prepareStatement("update practice set " + assignments
				+ ", version = version + 1, updated_at = date_trunc('microseconds', now()) where id = ?")) {
			Object[] values = PracticeColumns.values(practice);
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.setLong(values.length + 1, id);
			statement.executeUpdate();
		}
	}

	private static long newRevision(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"insert into revision (revision_time, username) values (?, 'compendium corrections') returning id")) {
			statement.setLong(1, System.currentTimeMillis());
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	private static void recordRevision(Connection connection, long id, long revisionId) throws SQLException {
		String columns = "compendium_id, number, slug, status, " + PracticeColumns.names() + ", created_at, updated_at";
		try (PreparedStatement statement = connection.prepareStatement("insert into practice_aud (id, rev, revtype, "
				+ columns + ") select id, ?, 1, " + columns + " from practice where id = ?")) {
			statement.setLong(1, revisionId);
			statement.setLong(2, id);
			statement.executeUpdate();
		}
	}

}
