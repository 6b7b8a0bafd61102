package org.sstc.catalogue.practice;

/**
 * A material or web link; {@code url} is null where the PDF conversion lost the link's
 * target.
 */
public record WebLink(String title, String url) {
}
