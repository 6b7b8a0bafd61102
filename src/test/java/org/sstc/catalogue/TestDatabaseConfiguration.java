package org.sstc.catalogue;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * The tests' PostgreSQL. {@code DatabaseModeChooser} decides as for the application: a server named by
 * {@code SPRING_DATASOURCE_URL} when set; else, where a Docker engine runs, a Testcontainers container (Spring Boot
 * skips Docker Compose in tests); else the embedded PostgreSQL, in a throwaway data directory.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@ConditionalOnProperty(name = "catalogue.database.mode", havingValue = "COMPOSE")
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

}
