package org.sstc.catalogue.practice;

import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The migrations that load curated compendia; Spring Boot hands every {@link JavaMigration} bean to Flyway. */
@Configuration(proxyBeanMethods = false)
class CompendiumMigrations {

	@Bean
	JavaMigration compendium2022to2023() {
		return new CompendiumMigration("2", "compendium-2022-2023");
	}

}
