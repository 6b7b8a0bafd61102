package org.sstc.catalogue.contribution;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sstc.catalogue.contribution.PhotoRejectedException.Reason;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Photos cleaned and refused, from real image files built here: a phone's JPEG with its
 * GPS position, a text file named .jpg, a PNG that declares ten billion pixels. (Its
 * image builders serve {@link SubmissionPhotoTests} too.)
 */
@Tag("unit")
class PhotosTests {

	static final String SECRET = "GPS 46.2044 N 6.1432 E";

	private final Photos photos = new Photos(PhotoProperties.defaults());

	@Test
	void aJpegWithExifAndGpsIsEncodedAgainWithoutThemAndTurnedUpright() throws IOException {
		byte[] plain = jpeg(image(64, 48, false));
		byte[] fromPhone = withExif(plain, 6);
		assertThat(contains(fromPhone, "Exif")).isTrue();
		assertThat(contains(fromPhone, SECRET)).isTrue();
		assertThat(PhotoOrientation.of(fromPhone)).isEqualTo(6);

		CleanPhoto clean = this.photos.clean(fromPhone);

		assertThat(clean.mediaType()).isEqualTo("image/jpeg");
		assertThat(contains(clean.bytes(), "Exif")).isFalse();
		assertThat(contains(clean.bytes(), SECRET)).isFalse();
		assertThat(contains(clean.bytes(), "GPS")).isFalse();
		assertThat(segments(clean.bytes())).doesNotContain(0xE1);
		// turned a quarter clockwise, as the phone said: the sides swap
		assertThat(clean.width()).isEqualTo(48);
		assertThat(clean.height()).isEqualTo(64);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
		assertThat(decoded.getWidth()).isEqualTo(48);
		assertThat(decoded.getHeight()).isEqualTo(64);
		// the red left half of the stored image is now the top
		assertThat(new Color(decoded.getRGB(24, 5)).getRed()).isGreaterThan(200);
		assertThat(new Color(decoded.getRGB(24, 58)).getBlue()).isGreaterThan(200);
	}

	@Test
	void aPngKeepsItsTransparencyAndLosesItsTextChunks() throws IOException {
		byte[] png = withTextChunk(png(image(40, 30, true)), SECRET);
		assertThat(contains(png, SECRET)).isTrue();

		CleanPhoto clean = this.photos.clean(png);

		assertThat(clean.mediaType()).isEqualTo("image/png");
		assertThat(clean.extension()).isEqualTo("png");
		assertThat(contains(clean.bytes(), SECRET)).isFalse();
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
		assertThat(decoded.getColorModel().hasAlpha()).isTrue();
		assertThat(new Color(decoded.getRGB(39, 29), true).getAlpha()).isZero();
		assertThat(new Color(decoded.getRGB(1, 1), true).getAlpha()).isEqualTo(255);
	}

	@Test
	void aLargePhotoIsScaledDown() throws IOException {
		Photos small = new Photos(new PhotoProperties(DataSize.ofMegabytes(5), 50_000_000L, 100));
		CleanPhoto clean = small.clean(jpeg(image(500, 300, false)));
		assertThat(clean.width()).isEqualTo(100);
		assertThat(clean.height()).isEqualTo(60);
	}

	@Test
	void aTextFileNamedLikeAPhotoIsRefused() {
		refused("Not a photo at all, whatever its name says.\n".getBytes(StandardCharsets.UTF_8), Reason.NOT_AN_IMAGE,
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not a JPEG or PNG");
		refused(new byte[0], Reason.NOT_AN_IMAGE, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not a JPEG or PNG");
		refused("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), Reason.NOT_AN_IMAGE,
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not a JPEG or PNG");
		refused("GIF89a".getBytes(StandardCharsets.ISO_8859_1), Reason.NOT_AN_IMAGE, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"not a JPEG or PNG");
	}

	@Test
	void aDamagedPhotoIsRefused() throws IOException {
		byte[] jpeg = jpeg(image(64, 48, false));
		byte[] start = java.util.Arrays.copyOf(jpeg, 20);
		refused(start, Reason.UNREADABLE, HttpStatus.BAD_REQUEST, "cannot be read");
		byte[] headerThenText = java.util.Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, 200);
		refused(headerThenText, Reason.UNREADABLE, HttpStatus.BAD_REQUEST, "cannot be read");
	}

	@Test
	void aPngDeclaringTenBillionPixelsIsRefusedFromItsHeaderWithoutDecoding() throws IOException {
		byte[] bomb = pngDeclaring(100_000, 100_000);
		assertThat(bomb.length).isLessThan(1024);
		assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> refused(bomb, Reason.TOO_MANY_PIXELS, HttpStatus.CONTENT_TOO_LARGE, "100,000 × 100,000 pixels"));
	}

	@Test
	void aPhotoOverTheSizeLimitIsRefused() {
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		refused(big, Reason.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE, "larger than 5 MB");
	}

	@Test
	void aPhotoIsServedAsItsTypeInlineAndInert() throws IOException {
		CleanPhoto clean = this.photos.clean(jpeg(image(20, 10, false)));
		ResponseEntity<byte[]> response = PhotoResponses.ok(clean, "../../Cotton field, Tanzania\r\n.html");

		HttpHeaders headers = response.getHeaders();
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("image/jpeg");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Content-Security-Policy")).startsWith("default-src 'none'");
		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("inline; filename=\"cotton-field-tanzania-html.jpg\"");
		assertThat(response.getBody()).isEqualTo(clean.bytes());
		assertThat(PhotoResponses.ok(clean).getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("inline; filename=\"photo.jpg\"");
	}

	private void refused(byte[] upload, Reason reason, HttpStatus status, String words) {
		assertThatExceptionOfType(PhotoRejectedException.class).isThrownBy(() -> this.photos.clean(upload))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(reason);
				assertThat(ex.status()).isEqualTo(status);
				ResourceBundleMessageSource messages = bundles();
				assertThat(messages.getMessage(ex, Locale.ENGLISH)).contains(words);
				assertThatNoException().isThrownBy(() -> messages.getMessage(ex, Locale.forLanguageTag("es")));
			});
	}

	/**
	 * Red on the left half, blue on the right; with alpha, the bottom right corner clear.
	 */
	static BufferedImage image(int width, int height, boolean alpha) {
		BufferedImage image = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		if (alpha) {
			graphics.setComposite(java.awt.AlphaComposite.Clear);
			graphics.fillRect(width - 5, height - 5, 5, 5);
		}
		graphics.dispose();
		return image;
	}

	static byte[] jpeg(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/**
	 * The JPEG with an EXIF block (APP1) after its start: orientation, an image
	 * description, and a GPS directory with the latitude reference and a processing
	 * method that says where the photo was taken, as phones write.
	 */
	static byte[] withExif(byte[] jpeg, int orientation) {
		byte[] secret = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(200 + secret.length * 2);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		// IFD0 at 8: three entries
		int ifd0Entries = 3;
		int descriptionAt = 8 + 2 + 12 * ifd0Entries + 4;
		int gpsAt = descriptionAt + secret.length;
		tiff.putShort((short) ifd0Entries);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x010E).putShort((short) 2).putInt(secret.length).putInt(descriptionAt);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
		tiff.putInt(0);
		tiff.put(secret);
		// GPS IFD: latitude reference N, processing method
		int methodAt = gpsAt + 2 + 12 * 2 + 4;
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x001B).putShort((short) 7).putInt(secret.length).putInt(methodAt);
		tiff.putInt(0);
		tiff.put(secret);
		byte[] tiffBytes = java.util.Arrays.copyOf(tiff.array(), tiff.position());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		int length = 2 + 6 + tiffBytes.length;
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(tiffBytes);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** The PNG with a tEXt chunk before its end. */
	private static byte[] withTextChunk(byte[] png, String text) {
		int iend = png.length - 12;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, iend);
		out.writeBytes(chunk("tEXt", ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1)));
		out.write(png, iend, 12);
		return out.toByteArray();
	}

	/** A tiny PNG whose header declares an image of this size. */
	private static byte[] pngDeclaring(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2);
		out.writeBytes(chunk("IHDR", header.put((byte) 0).put((byte) 0).put((byte) 0).array()));
		ByteArrayOutputStream idat = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat)) {
			deflate.write(new byte[4096]);
		}
		out.writeBytes(chunk("IDAT", idat.toByteArray()));
		out.writeBytes(chunk("IEND", new byte[0]));
		return out.toByteArray();
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(name)
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

	/** The markers of a JPEG's segments before its image data. */
	static java.util.List<Integer> segments(byte[] jpeg) {
		java.util.List<Integer> markers = new java.util.ArrayList<>();
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		return markers;
	}

	static boolean contains(byte[] bytes, String text) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
