package org.sstc.catalogue.contribution;

import java.awt.geom.AffineTransform;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 of its first image directory), which says
 * how a phone held the camera: the pixels are stored as the sensor saw them and viewers
 * turn them. Once the metadata is stripped, the turn has to be in the pixels.
 */
final class PhotoOrientation {

	private PhotoOrientation() {
	}

	/** The orientation, 1 to 8; 1 (as stored) when there is none or it cannot be read. */
	static int of(byte[] jpeg) {
		try {
			int at = 2;
			while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
				int marker = jpeg[at + 1] & 0xFF;
				int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
				if (marker == 0xDA || length < 2) {
					return 1;
				}
				if (marker == 0xE1 && length >= 16 && jpeg[at + 4] == 'E' && jpeg[at + 5] == 'x' && jpeg[at + 6] == 'i'
						&& jpeg[at + 7] == 'f') {
					return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
				}
				at += 2 + length;
			}
		}
		catch (ArrayIndexOutOfBoundsException ex) {
			// a damaged EXIF block: the photo is kept as stored
		}
		return 1;
	}

	private static int fromTiff(byte[] bytes, int tiff, int end) {
		boolean little = bytes[tiff] == 'I';
		int directory = tiff + read(bytes, tiff + 4, 4, little);
		int entries = read(bytes, directory, 2, little);
		for (int i = 0; i < entries; i++) {
			int entry = directory + 2 + 12 * i;
			if (entry + 12 > end) {
				return 1;
			}
			if (read(bytes, entry, 2, little) == 0x0112) {
				int value = read(bytes, entry + 8, 2, little);
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	private static int read(byte[] bytes, int at, int size, boolean little) {
		int value = 0;
		for (int i = 0; i < size; i++) {
			int b = bytes[at + (little ? size - 1 - i : i)] & 0xFF;
			value = (value << 8) | b;
		}
		return value;
	}

	/**
	 * The transform that turns a stored image of this size upright (into an image whose
	 * sides are swapped for orientations 5 to 8).
	 */
	static AffineTransform transform(int orientation, int width, int height) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
			default -> new AffineTransform();
		};
	}

}
