package org.sstc.catalogue.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "no database" failures at start-up into one line that says what to set, instead
 * of a stack trace.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

	static final String ACTION = "Set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and "
			+ "SPRING_DATASOURCE_PASSWORD) to a running PostgreSQL server, for example "
			+ "jdbc:postgresql://localhost:5432/catalogue, or start a Docker engine.";

	private final Environment environment;

	DatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabaseUnavailableException) {
				return analysis("The catalogue has no database: " + cause.getMessage() + ".", cause);
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				String url = this.environment.getProperty("spring.datasource.url", "the configured database");
				return analysis("The catalogue cannot connect to PostgreSQL at " + url + ": " + sql.getMessage(),
						cause);
			}
		}
		return null;
	}

	private static FailureAnalysis analysis(String description, Throwable cause) {
		return new FailureAnalysis(description, ACTION, cause);
	}

}
