package org.sstc.catalogue.practice;

import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The migrations that load curated compendia and bring later corrections of their files
 * to existing databases; Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Configuration(proxyBeanMethods = false)
class CompendiumMigrations {

	@Bean
	JavaMigration compendium2022to2023() {
		return new CompendiumMigration("2", "compendium-2022-2023");
	}

	/**
	 * The audit of the records against the compendium (organisations, funding sources,
	 * countries, repair notes).
	 */
	@Bean
	JavaMigration compendium2022to2023Corrections() {
		return new CuratedCorrectionsMigration("4", "compendium-2022-2023");
	}

}
