package org.sstc.catalogue.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the server keeps its data between runs
 * @param port the port it listens on; 0 picks a free one
 * @param ephemeral true to start from an empty data directory and delete it at shutdown
 * (tests)
 */
@ConfigurationProperties("catalogue.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port, boolean ephemeral) {
}
