package org.sstc.catalogue.contribution;

/**
 * A photo as the catalogue keeps it: decoded and encoded again, so that it holds pixels
 * and nothing else (no EXIF, GPS position, comment or embedded thumbnail).
 *
 * @param bytes the encoded image
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param width its width in pixels
 * @param height its height in pixels
 */
public record CleanPhoto(byte[] bytes, String mediaType, int width, int height) {

	/** The file extension of its type, with no dot. */
	public String extension() {
		return "image/png".equals(this.mediaType) ? "png" : "jpg";
	}

}
