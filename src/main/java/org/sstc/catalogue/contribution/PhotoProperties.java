package org.sstc.catalogue.contribution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on an uploaded photo.
 *
 * @param maxSize the largest file accepted
 * @param maxPixels the most pixels (width × height) the image's header may declare: read
 * before decoding, so that a small file declaring a huge image (a decompression bomb) is
 * refused before any memory is given to it
 * @param maxSide the longest side of the clean photo, in pixels: larger photos are scaled
 * down while they are decoded (which also bounds the memory decoding takes)
 */
@ConfigurationProperties("catalogue.contribution.photo")
public record PhotoProperties(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("50000000") long maxPixels,
		@DefaultValue("2400") int maxSide) {

	/** The defaults, for code and tests that run without Spring. */
	public static PhotoProperties defaults() {
		return new PhotoProperties(DataSize.ofMegabytes(5), 50_000_000L, 2400);
	}

	public PhotoProperties {
		if (maxSize.toBytes() < 1 || maxPixels < 1 || maxSide < 16) {
			throw new IllegalArgumentException(
					"catalogue.contribution.photo.* limits must be positive (max-side at least 16)");
		}
	}

}
