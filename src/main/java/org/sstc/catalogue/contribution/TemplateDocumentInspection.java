package org.sstc.catalogue.contribution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.sstc.catalogue.contribution.TemplateDocumentException.Reason;

/**
 * Looks through an uploaded .docx before POI opens it, entry by entry, counting what each
 * entry really unpacks to rather than trusting what the zip declares, and refuses it with
 * a reason the person who sent it can act on: not a Word document, macros, a document
 * type declaration (the way to external entities, which Word never writes), content
 * fetched from elsewhere (a remote template, frame, picture or object: only hyperlinks
 * may point outside), or more than the limits (a zip bomb). POI reads the zip the same
 * way, as a stream of entries, so it sees what was inspected.
 */
final class TemplateDocumentInspection {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** An empty zip: a file with no entries at all. */
	private static final byte[] EMPTY_ZIP = { 'P', 'K', 5, 6 };

	private static final Pattern MAIN_PART = Pattern.compile(
			"application/vnd\\.openxmlformats-officedocument\\.wordprocessingml\\.(document|template)\\.main\\+xml");

	private static final Pattern MACRO_TYPE = Pattern.compile("(?i)macroEnabled|vbaProject|vbaData");

	private static final Pattern DECLARATION = Pattern.compile("(?i)<!\\s*(DOCTYPE|ENTITY)");

	private static final Pattern RELATIONSHIP = Pattern.compile("<(?:\\w+:)?Relationship\\b([^>]*)>");

	private static final Pattern TYPE = Pattern.compile("\\bType\\s*=\\s*[\"']([^\"']*)[\"']");

	private static final Pattern EXTERNAL = Pattern.compile("\\bTargetMode\\s*=\\s*[\"']External[\"']");

	/** Entries small enough that their compression ratio says nothing. */
	private static final long RATIO_FLOOR = 64 * 1024;

	private final TemplateDocumentProperties limits;

	TemplateDocumentInspection(TemplateDocumentProperties limits) {
		this.limits = limits;
	}

	/** The whole upload, or a refusal once it passes the upload limit. */
	byte[] readUpload(InputStream upload) {
		long max = this.limits.maxUploadSize().toBytes();
		try {
			byte[] bytes = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			if (bytes.length > max) {
				throw new TemplateDocumentException(Reason.TOO_LARGE, megabytes(max));
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new TemplateDocumentException(Reason.MALFORMED, ex);
		}
	}

	/**
	 * Refuses the file unless it is a Word document within the limits, without macros.
	 */
	void inspect(byte[] docx) {
		if (!startsWith(docx, ZIP)) {
			throw new TemplateDocumentException(startsWith(docx, EMPTY_ZIP) ? Reason.MALFORMED : Reason.NOT_A_DOCX);
		}
		long unpacked = 0;
		int entries = 0;
		boolean wordDocument = false;
		Set<String> names = new HashSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > this.limits.maxEntries()) {
					throw new TemplateDocumentException(Reason.UNPACKS_TOO_LARGE,
							megabytes(this.limits.maxUnpackedSize().toBytes()));
				}
				String name = entry.getName();
				String lower = name.toLowerCase(Locale.ROOT);
				if (!names.add(lower)) {
					// two entries of one name: which one a reader takes is up to the
					// reader
					throw new TemplateDocumentException(Reason.MALFORMED);
				}
				if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
					throw new TemplateDocumentException(Reason.MACROS);
				}
				boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels");
				long budget = this.limits.maxUnpackedSize().toBytes() - unpacked;
				if (xml) {
					budget = Math.min(budget, this.limits.maxXmlPartSize().toBytes());
				}
				ByteArrayOutputStream content = xml ? new ByteArrayOutputStream() : null;
				long size = copy(zip, content, budget);
				unpacked += size;
				long compressed = entry.getCompressedSize();
				if (size > RATIO_FLOOR && compressed > 0 && size / compressed > this.limits.maxCompressionRatio()) {
					throw new TemplateDocumentException(Reason.UNPACKS_TOO_LARGE,
							megabytes(this.limits.maxUnpackedSize().toBytes()));
				}
				if (xml) {
					String text = decode(content.toByteArray());
					if (DECLARATION.matcher(text).find()) {
						throw new TemplateDocumentException(Reason.ENTITIES);
					}
					if (lower.equals("[content_types].xml")) {
						if (MACRO_TYPE.matcher(text).find()) {
							throw new TemplateDocumentException(Reason.MACROS);
						}
						wordDocument = MAIN_PART.matcher(text).find();
					}
					if (lower.endsWith(".rels")) {
						refuseExternalContent(text);
					}
				}
			}
		}
		catch (ZipException ex) {
			throw new TemplateDocumentException(Reason.MALFORMED, ex);
		}
		catch (IOException | IllegalArgumentException ex) {
			// a truncated file ends the stream early; a bad entry name is refused by the
			// JDK
			throw new TemplateDocumentException(Reason.MALFORMED, ex);
		}
		if (entries == 0) {
			throw new TemplateDocumentException(Reason.MALFORMED);
		}
		if (!wordDocument) {
			throw new TemplateDocumentException(Reason.NOT_A_DOCX);
		}
	}

	/**
	 * Only hyperlinks may point outside the document: Word fetches an external template
	 * ({@code attachedTemplate}), frame, picture or object when the document opens, which
	 * tells a stranger who opened it and can carry an attack.
	 */
	private static void refuseExternalContent(String relationships) {
		Matcher relationship = RELATIONSHIP.matcher(relationships);
		while (relationship.find()) {
			String attributes = relationship.group(1);
			if (EXTERNAL.matcher(attributes).find()) {
				Matcher type = TYPE.matcher(attributes);
				if (!type.find() || !type.group(1).endsWith("/hyperlink")) {
					throw new TemplateDocumentException(Reason.EXTERNAL_CONTENT);
				}
			}
		}
	}

	private long copy(InputStream entry, ByteArrayOutputStream content, long budget) throws IOException {
		byte[] buffer = new byte[8192];
		long size = 0;
		int read;
		while ((read = entry.read(buffer)) != -1) {
			size += read;
			if (size > budget) {
				throw new TemplateDocumentException(Reason.UNPACKS_TOO_LARGE,
						megabytes(this.limits.maxUnpackedSize().toBytes()));
			}
			if (content != null) {
				content.write(buffer, 0, read);
			}
		}
		return size;
	}

	/** XML as text: UTF-8 unless a byte order mark or a zero byte says UTF-16. */
	private static String decode(byte[] xml) {
		Charset charset = StandardCharsets.UTF_8;
		if (xml.length >= 2) {
			if ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF) || (xml[0] == 0 && xml[1] != 0)) {
				charset = StandardCharsets.UTF_16BE;
			}
			else if ((xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE) || (xml[0] != 0 && xml[1] == 0)) {
				charset = StandardCharsets.UTF_16LE;
			}
		}
		return new String(xml, charset);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	static long megabytes(long bytes) {
		return Math.max(1, bytes / (1024 * 1024));
	}

}
