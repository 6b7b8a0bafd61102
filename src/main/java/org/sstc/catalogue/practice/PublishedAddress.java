package org.sstc.catalogue.practice;

import java.time.Instant;

/**
 * A published practice's address (its slug) and when it last changed, without its text:
 * what a sitemap lists.
 */
public record PublishedAddress(String slug, Instant updatedAt) {
}
