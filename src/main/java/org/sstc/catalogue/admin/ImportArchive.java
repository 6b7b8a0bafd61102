package org.sstc.catalogue.admin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of an uploaded zip, read as a stream with every limit checked as the bytes
 * come (the sizes a zip's headers claim are never trusted): names that could point
 * outside a folder, too many files, a file or a whole that uncompresses too far, or a
 * compression ratio no YAML reaches, are refused with {@link RefusedImportException}
 * before anything is kept.
 */
final class ImportArchive {

	/**
	 * The only names an export has: its manifest, and YAML files one folder deep whose
	 * folder is a compendium's code. No {@code ..}, no leading slash, no backslash, no
	 * drive letter can match.
	 */
	private static final Pattern NAME = Pattern
		.compile("manifest\\.yml|[a-z0-9]+(-[a-z0-9]+)*/[A-Za-z0-9]+([._-][A-Za-z0-9]+)*\\.yml");

	private static final Pattern FOLDER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/");

	/** The part of a zip that may grow freely before its ratio is checked. */
	private static final long RATIO_GRACE = 1024 * 1024;

	private ImportArchive() {
	}

	/** The files by name, in the zip's order; folders' own entries are left out. */
	static Map<String, byte[]> read(byte[] zip, TransferProperties limits) {
		if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K' || zip[2] != 3 || zip[3] != 4) {
			throw new RefusedImportException("not a zip file");
		}
		CountingStream compressed = new CountingStream(new ByteArrayInputStream(zip));
		Map<String, byte[]> files = new LinkedHashMap<>();
		long total = 0;
		int entries = 0;
		try (ZipInputStream in = new ZipInputStream(compressed)) {
			ZipEntry entry;
			byte[] buffer = new byte[8192];
			while ((entry = in.getNextEntry()) != null) {
				String name = entry.getName();
				if (++entries > limits.maxEntries()) {
					throw new RefusedImportException("more than " + limits.maxEntries() + " files");
				}
				if (entry.isDirectory() && FOLDER.matcher(name).matches()) {
					continue;
				}
				if (!NAME.matcher(name).matches()) {
					throw new RefusedImportException("the file name '" + printable(name)
							+ "' is not one an export makes (a compendium's folder, then NN-slug.yml)");
				}
				if (files.containsKey(name)) {
					throw new RefusedImportException("the file " + name + " is in the zip twice");
				}
				ByteArrayOutputStream file = new ByteArrayOutputStream();
				int read;
				while ((read = in.read(buffer)) != -1) {
					total += read;
					if (file.size() + read > limits.maxEntrySize().toBytes()) {
						throw new RefusedImportException("the file " + name + " is larger than "
								+ TransferProperties.readable(limits.maxEntrySize()) + " uncompressed");
					}
					if (total > limits.maxTotalSize().toBytes()) {
						throw new RefusedImportException("the files uncompress to more than "
								+ TransferProperties.readable(limits.maxTotalSize()) + " together");
					}
					if (total > RATIO_GRACE && total > (long) limits.maxRatio() * Math.max(1, compressed.count())) {
						throw new RefusedImportException("the files uncompress to more than " + limits.maxRatio()
								+ " times the zip's size (a zip bomb?)");
					}
					file.write(buffer, 0, read);
				}
				files.put(name, file.toByteArray());
			}
		}
		catch (IOException ex) {
			throw new RefusedImportException("the zip is damaged or cut short (" + ex.getMessage() + ")");
		}
		catch (IllegalArgumentException ex) {
			// a name in an encoding that is not UTF-8
			throw new RefusedImportException("the zip cannot be read (" + ex.getMessage() + ")");
		}
		if (files.isEmpty()) {
			throw new RefusedImportException("the zip holds no files");
		}
		return files;
	}

	private static String printable(String name) {
		String shown = name.replaceAll("\\p{Cntrl}", "?");
		return (shown.length() > 120) ? shown.substring(0, 120) + "…" : shown;
	}

	/** Counts the compressed bytes the zip reader has taken. */
	private static final class CountingStream extends FilterInputStream {

		private long count;

		CountingStream(InputStream in) {
			super(in);
		}

		long count() {
			return this.count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b != -1) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
