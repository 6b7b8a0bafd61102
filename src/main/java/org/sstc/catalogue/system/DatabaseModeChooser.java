package org.sstc.catalogue.system;

import java.io.File;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything connects: a configured URL wins (and switches
 * Docker Compose off, whose connection details would otherwise override it); else Docker
 * Compose when its module, a compose file and a running Docker engine are all there; else
 * the embedded PostgreSQL. A mode set explicitly is kept.
 */
class DatabaseModeChooser implements EnvironmentPostProcessor {

	private static final String COMPOSE_MODULE = "org.springframework.boot.docker.compose.lifecycle.DockerComposeProperties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		DatabaseMode mode = environment.getProperty(DatabaseMode.PROPERTY, DatabaseMode.class, choose(environment));
		Map<String, Object> decided = (mode == DatabaseMode.COMPOSE) ? Map.of(DatabaseMode.PROPERTY, mode.name())
				: Map.of(DatabaseMode.PROPERTY, mode.name(), "spring.docker.compose.enabled", "false");
		environment.getPropertySources().addFirst(new MapPropertySource("catalogueDatabaseMode", decided));
	}

	private DatabaseMode choose(ConfigurableEnvironment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return DatabaseMode.EXTERNAL;
		}
		if (composeUsable(environment)) {
			return DatabaseMode.COMPOSE;
		}
		return DatabaseMode.EMBEDDED;
	}

	private boolean composeUsable(ConfigurableEnvironment environment) {
		if (!environment.getProperty("spring.docker.compose.enabled", Boolean.class, true)
				|| !ClassUtils.isPresent(COMPOSE_MODULE, getClass().getClassLoader())) {
			return false;
		}
		String composeFile = environment.getProperty("spring.docker.compose.file", "docker-compose.yml");
		return new File(composeFile).isFile() && dockerEngineRuns();
	}

	private static boolean dockerEngineRuns() {
		try {
			Process docker = new ProcessBuilder("docker", "info").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!docker.waitFor(10, TimeUnit.SECONDS)) {
				docker.destroyForcibly();
				return false;
			}
			return docker.exitValue() == 0;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
