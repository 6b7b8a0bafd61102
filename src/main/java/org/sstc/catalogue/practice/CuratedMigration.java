package org.sstc.catalogue.practice;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration that works from one compendium's curated files. No checksum: the
 * files may be corrected later, and such corrections travel through a migration of their
 * own, never by running this one again.
 */
abstract class CuratedMigration implements JavaMigration {

	private final MigrationVersion version;

	private final String compendiumCode;

	CuratedMigration(String version, String compendiumCode) {
		this.version = MigrationVersion.fromVersion(version);
		this.compendiumCode = compendiumCode;
	}

	String compendiumCode() {
		return this.compendiumCode;
	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

}
