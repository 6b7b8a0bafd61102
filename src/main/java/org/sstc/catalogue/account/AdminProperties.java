package org.sstc.catalogue.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created at start-up when no administrator exists (set
 * {@code CATALOGUE_ADMIN_USERNAME} and {@code CATALOGUE_ADMIN_PASSWORD}). There is no
 * default password anywhere.
 */
@ConfigurationProperties("catalogue.admin")
record AdminProperties(String username, String password) {
}
