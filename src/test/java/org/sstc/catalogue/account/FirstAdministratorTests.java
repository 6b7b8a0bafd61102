package org.sstc.catalogue.account;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueApplication;
import org.sstc.catalogue.RestartablePostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instances started together on a new database, as a deployment behind a load balancer
 * starts them, each with the administrator's variables (the test profile's): every one
 * starts, and there is one administrator. Before, the instances that lost the race to
 * create it failed to start on the account's unique name. On a PostgreSQL of this test's
 * own, since it needs a database without accounts.
 */
class FirstAdministratorTests {

	@Test
	void instancesStartedTogetherOnANewDatabaseAllStartWithOneAdministrator() throws IOException {
		// Logback is one per JVM: two applications that configure it at the same moment
		// can
		// find it half reset ("Unable to find Spring Environment in logger context"). The
		// race under test is the administrator's creation, not that: these two leave the
		// logging as the test JVM has it.
		String loggingSystem = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try (RestartablePostgres postgres = RestartablePostgres.start()) {
			String url = postgres.jdbcUrl();
			List<CompletableFuture<ConfigurableApplicationContext>> instances = List.of(start(url), start(url));
			try {
				CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)).join();
				JdbcTemplate jdbc = instances.get(0).join().getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForObject("select count(*) from account where role = 'ADMIN'", Long.class))
					.isEqualTo(1);
			}
			finally {
				instances.stream()
					.map((instance) -> instance.exceptionally((failure) -> null).join())
					.filter(Objects::nonNull)
					.forEach(ConfigurableApplicationContext::close);
			}
		}
		finally {
			if (loggingSystem != null) {
				System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
			}
			else {
				System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
			}
		}
	}

	private static CompletableFuture<ConfigurableApplicationContext> start(String url) {
		return CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(CatalogueApplication.class).profiles("test")
				.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
						"--spring.datasource.password=postgres", "--catalogue.test.await-search-index=false"));
	}

}
