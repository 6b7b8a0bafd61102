package org.sstc.catalogue;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.sstc.catalogue.search.SearchIndexMaintenance;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * The tests' PostgreSQL. {@code DatabaseModeChooser} decides as for the application: a
 * server named by {@code SPRING_DATASOURCE_URL} when set; else, where a Docker engine
 * runs, a Testcontainers container (Spring Boot skips Docker Compose in tests); else the
 * embedded PostgreSQL, in a throwaway data directory.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	/**
	 * The catalogue answers before its search index is built; the tests start once it is,
	 * so that every test sees the whole catalogue. A test that watches the build itself
	 * switches this off.
	 */
	@Bean
	@ConditionalOnProperty(name = "catalogue.test.await-search-index", havingValue = "true", matchIfMissing = true)
	ApplicationListener<ApplicationReadyEvent> awaitSearchIndex(SearchIndexMaintenance maintenance) {
		return (event) -> Awaitility.await("the search index")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> maintenance.state() == SearchIndexMaintenance.State.READY);
	}

	@Bean
	@ServiceConnection
	@ConditionalOnProperty(name = "catalogue.database.mode", havingValue = "COMPOSE")
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

}
