package org.sstc.catalogue.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits of the bulk import, checked while the zip is read (never trusting the sizes
 * its headers claim). An export of 100,000 practices is about 2 GB of YAML compressing to
 * a tenth of that: raise the limits to move that many in one zip; the defaults suit
 * exports of some thousands.
 *
 * @param maxUpload the largest zip accepted (the multipart limit is set above it, so that
 * this one gives the clear answer)
 * @param maxEntries the most files in a zip
 * @param maxEntrySize the largest file once uncompressed (the longest practice has 40 kB)
 * @param maxTotalSize the most bytes all files together may uncompress to
 * @param maxRatio how many times larger than its compressed size a zip may become, past
 * its first megabyte
 */
@ConfigurationProperties("catalogue.transfer")
record TransferProperties(@DefaultValue("20MB") DataSize maxUpload, @DefaultValue("20000") int maxEntries,
		@DefaultValue("1MB") DataSize maxEntrySize, @DefaultValue("200MB") DataSize maxTotalSize,
		@DefaultValue("100") int maxRatio) {

	/** A size as people write it: 20MB, 512kB, 100B. */
	static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + "MB";
		}
		return (bytes >= 1024 && bytes % 1024 == 0) ? (bytes / 1024) + "kB" : bytes + "B";
	}

}
