package org.sstc.catalogue.contribution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on an uploaded Word template. A .docx is a zip of XML parts: the upload limit
 * bounds what is received, the others bound what it unpacks to (a zip bomb is a small
 * file that unpacks to gigabytes), since POI builds each XML part in memory.
 *
 * @param maxUploadSize the largest file accepted
 * @param maxUnpackedSize the most all the zip's entries may unpack to together
 * @param maxXmlPartSize the most one XML part may unpack to (the document's text is one
 * part; POI holds its whole tree in memory, several times its size)
 * @param maxEntries the most entries the zip may hold (a Word file has about 15)
 * @param maxCompressionRatio the most an entry larger than a few kilobytes may unpack to,
 * as a multiple of its compressed size (Word's XML packs about 5 to 20 times; POI's own
 * default limit is 100)
 */
@ConfigurationProperties("catalogue.contribution.template")
public record TemplateDocumentProperties(@DefaultValue("10MB") DataSize maxUploadSize,
		@DefaultValue("40MB") DataSize maxUnpackedSize, @DefaultValue("8MB") DataSize maxXmlPartSize,
		@DefaultValue("500") int maxEntries, @DefaultValue("100") int maxCompressionRatio) {

	/** The defaults, for code and tests that run without Spring. */
	public static TemplateDocumentProperties defaults() {
		return new TemplateDocumentProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(40),
				DataSize.ofMegabytes(8), 500, 100);
	}

	public TemplateDocumentProperties {
		if (maxUploadSize.toBytes() < 1 || maxUnpackedSize.toBytes() < 1 || maxXmlPartSize.toBytes() < 1
				|| maxEntries < 1 || maxCompressionRatio < 1) {
			throw new IllegalArgumentException("catalogue.contribution.template.* limits must be positive");
		}
	}

}
