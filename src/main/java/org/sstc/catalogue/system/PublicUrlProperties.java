package org.sstc.catalogue.system;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the catalogue is published.
 *
 * @param baseUrl the public address every absolute link starts with, such as
 * {@code https://sstc.example.org} (with a path if the catalogue is published under one);
 * none for local runs
 */
@ConfigurationProperties("catalogue")
record PublicUrlProperties(URI baseUrl) {
}
