package org.sstc.catalogue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.sstc.catalogue.search.SearchIndexMaintenance;
import org.sstc.catalogue.system.DatabaseMode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole catalogue of its own, for a test that must start, stop, break or share it: its
 * own embedded PostgreSQL (never the shared test database, which other tests read) and
 * its own Lucene index on disk in the given folder.
 */
public final class StandaloneCatalogue implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private StandaloneCatalogue(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts a catalogue keeping its data in {@code dataDirectory}; {@code extraSources}
	 * are more configuration classes (test beans), {@code arguments} more settings
	 * ({@code --name=value}).
	 */
	public static StandaloneCatalogue start(Path dataDirectory, List<Class<?>> extraSources, String... arguments) {
		List<String> args = new ArrayList<>(
				List.of("--server.port=0", "--" + DatabaseMode.PROPERTY + "=" + DatabaseMode.EMBEDDED.name(),
						"--catalogue.data-directory=" + dataDirectory,
						"--catalogue.database.embedded.data-directory=" + dataDirectory.resolve("postgres"),
						// kept between two starts on the same folder, and deleted with it
						"--catalogue.database.embedded.ephemeral=false",
						"--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
						"--catalogue.search.index-directory=" + dataDirectory.resolve("index/practice")));
		args.addAll(List.of(arguments));
		List<Class<?>> sources = new ArrayList<>(List.of(CatalogueApplication.class));
		sources.addAll(extraSources);
		return new StandaloneCatalogue(new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).profiles("test")
			.run(args.toArray(String[]::new)));
	}

	public static StandaloneCatalogue start(Path dataDirectory, String... arguments) {
		return start(dataDirectory, List.of(), arguments);
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	public CatalogueClient client() {
		return new CatalogueClient(port());
	}

	/**
	 * Waits until the catalogue answers searches: its index checked, and built if need
	 * be.
	 */
	public StandaloneCatalogue awaitSearchable() {
		SearchIndexMaintenance maintenance = bean(SearchIndexMaintenance.class);
		Awaitility.await("the search index").atMost(Duration.ofMinutes(2)).until(maintenance::searchable);
		return this;
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
