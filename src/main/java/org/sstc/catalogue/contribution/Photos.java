package org.sstc.catalogue.contribution;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.sstc.catalogue.contribution.PhotoRejectedException.Reason;

import org.springframework.stereotype.Component;

/**
 * Makes an uploaded photo safe to keep and to serve: its type is read from its first
 * bytes, never from its name or the browser's word; its size and the pixels its header
 * declares are checked before it is decoded (a small file can declare a huge image: a
 * decompression bomb); and it is decoded and encoded again, so that what is kept holds
 * pixels only, none of the original's metadata (EXIF with the GPS position, comments,
 * thumbnails, anything appended). A phone's EXIF orientation is applied to the pixels
 * before it goes, so the photo stays the right way up; a photo larger than
 * {@link PhotoProperties#maxSide()} is scaled down.
 */
@Component
public class Photos {

	private static final float JPEG_QUALITY = 0.9f;

	private final PhotoProperties limits;

	public Photos(PhotoProperties limits) {
		this.limits = limits;
	}

	/**
	 * The photo, cleaned.
	 * @throws PhotoRejectedException when it is refused (see its reason)
	 */
	public CleanPhoto clean(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new PhotoRejectedException(Reason.NOT_AN_IMAGE);
		}
		if (upload.length > this.limits.maxSize().toBytes()) {
			throw new PhotoRejectedException(Reason.TOO_LARGE,
					TemplateDocumentInspection.megabytes(this.limits.maxSize().toBytes()));
		}
		String format = format(upload);
		if (format == null) {
			throw new PhotoRejectedException(Reason.NOT_AN_IMAGE);
		}
		BufferedImage decoded = decode(upload, format);
		int orientation = "jpeg".equals(format) ? PhotoOrientation.of(upload) : 1;
		BufferedImage clean = redraw(decoded, orientation,
				!"jpeg".equals(format) && decoded.getColorModel().hasAlpha());
		byte[] bytes = encode(clean, format);
		return new CleanPhoto(bytes, "jpeg".equals(format) ? "image/jpeg" : "image/png", clean.getWidth(),
				clean.getHeight());
	}

	/** The format by the file's first bytes: JPEG, PNG, or null for anything else. */
	static String format(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return "jpeg";
		}
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
		if (bytes.length >= png.length) {
			for (int i = 0; i < png.length; i++) {
				if (bytes[i] != png[i]) {
					return null;
				}
			}
			return "png";
		}
		return null;
	}

	/**
	 * Reads the header's dimensions first, refuses an image that declares too many
	 * pixels, and only then decodes, skipping rows and columns (subsampling) when the
	 * photo is larger than the largest side kept: decoding then never takes more memory
	 * than the result (2400 px a side: 23 MB at most), whatever the photo's size.
	 */
	private BufferedImage decode(byte[] upload, String format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw new PhotoRejectedException(Reason.NOT_AN_IMAGE);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
			reader.setInput(in, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width < 1 || height < 1) {
				throw new PhotoRejectedException(Reason.UNREADABLE);
			}
			if ((long) width * height > this.limits.maxPixels()) {
				throw new PhotoRejectedException(Reason.TOO_MANY_PIXELS, width, height,
						Math.max(1, this.limits.maxPixels() / 1_000_000));
			}
			ImageReadParam param = reader.getDefaultReadParam();
			int step = (Math.max(width, height) + this.limits.maxSide() - 1) / this.limits.maxSide();
			if (step > 1) {
				param.setSourceSubsampling(step, step, 0, 0);
			}
			return reader.read(0, param);
		}
		catch (PhotoRejectedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// ImageIO's ways of saying the file is damaged or a variant it cannot read
			throw new PhotoRejectedException(Reason.UNREADABLE, ex);
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * The pixels drawn again into a plain RGB (or RGB with alpha) image: turned as the
	 * EXIF orientation says, scaled down to the largest side kept.
	 */
	private BufferedImage redraw(BufferedImage image, int orientation, boolean alpha) {
		int width = image.getWidth();
		int height = image.getHeight();
		boolean turned = orientation >= 5 && orientation <= 8;
		int orientedWidth = turned ? height : width;
		int orientedHeight = turned ? width : height;
		double scale = Math.min(1.0, (double) this.limits.maxSide() / Math.max(orientedWidth, orientedHeight));
		int targetWidth = Math.max(1, (int) Math.round(orientedWidth * scale));
		int targetHeight = Math.max(1, (int) Math.round(orientedHeight * scale));
		BufferedImage target = new BufferedImage(targetWidth, targetHeight,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		AffineTransform transform = AffineTransform.getScaleInstance((double) targetWidth / orientedWidth,
				(double) targetHeight / orientedHeight);
		transform.concatenate(PhotoOrientation.transform(orientation, width, height));
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (!alpha) {
				graphics.setColor(Color.WHITE);
				graphics.fillRect(0, 0, targetWidth, targetHeight);
			}
			graphics.drawImage(image, transform, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if ("jpeg".equals(format)) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			// no metadata given: the writer writes only what the format needs
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot encode a photo in memory", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
