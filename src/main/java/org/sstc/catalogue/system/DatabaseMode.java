package org.sstc.catalogue.system;

/**
 * Where the catalogue's PostgreSQL comes from; decided once at start-up by
 * {@link DatabaseModeChooser}.
 */
public enum DatabaseMode {

	/**
	 * A server named by {@code spring.datasource.url} (for example
	 * {@code SPRING_DATASOURCE_URL}).
	 */
	EXTERNAL,

	/**
	 * PostgreSQL from {@code docker-compose.yml}, started by Spring Boot's Docker Compose
	 * support.
	 */
	COMPOSE,

	/** Real PostgreSQL binaries from a Maven artifact, run by the application itself. */
	EMBEDDED;

	public static final String PROPERTY = "catalogue.database.mode";

}
