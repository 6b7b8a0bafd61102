package org.sstc.catalogue.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.sstc.catalogue.practice.Compendium;
import org.sstc.catalogue.practice.CompendiumRepository;
import org.sstc.catalogue.practice.CuratedRecords;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeCatalogue;
import org.sstc.catalogue.practice.PracticeRepository;
import org.sstc.catalogue.search.PracticeSearch;
import org.sstc.catalogue.search.SearchQuery;

import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;

/**
 * The bulk export: a zip laid out as {@code db/practices/}, one folder per compendium
 * with its {@code compendium.yml} and one {@code NN-slug.yml} per practice, written by
 * {@link CuratedRecords} as the curated files are; then {@code manifest.yml} with the
 * version each practice was exported at. Written to the response as practices are read, a
 * hundred at a time, so that 100,000 practices never sit in memory together.
 */
@Component
class PracticeExport {

	private final PracticeRepository practices;

	private final CompendiumRepository compendia;

	private final PracticeSearch search;

	private final PracticeCatalogue catalogue;

	PracticeExport(PracticeRepository practices, CompendiumRepository compendia, PracticeSearch search,
			PracticeCatalogue catalogue) {
		this.practices = practices;
		this.compendia = compendia;
		this.search = search;
		this.catalogue = catalogue;
	}

	/**
	 * The path of a practice's file in the zip: {@code compendium-2022-2023/07-slug.yml}.
	 */
	static String path(String compendiumCode, int number, String slug) {
		return compendiumCode + "/" + CuratedRecords.fileName(number, slug);
	}

	/**
	 * Every practice, whatever its status, or (when {@code query} is not null) those the
	 * search lists, in its order. The search runs now: one that cannot run (its index
	 * being prepared) is answered with its own status, before anything of the archive is
	 * sent.
	 */
	Archive archive(SearchQuery query) {
		PracticeSearch.Listing listing = (query != null) ? this.search.listed(query) : null;
		return (out) -> write(listing, out);
	}

	/** An archive ready to be written. */
	@FunctionalInterface
	interface Archive {

		void writeTo(OutputStream out) throws IOException;

	}

	private void write(PracticeSearch.Listing listing, OutputStream response) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(response);
		for (Compendium compendium : this.compendia.findAllByOrderByBienniumDesc()) {
			zip.putNextEntry(new ZipEntry(compendium.getCode() + "/" + CuratedRecords.HEADER_FILE));
			CuratedRecords.write(compendium, StreamUtils.nonClosing(zip));
			zip.closeEntry();
		}
		List<ExportManifest.Entry> entries = new ArrayList<>();
		Consumer<List<Practice>> writeChunk = (chunk) -> {
			for (Practice practice : chunk) {
				String path = path(practice.getCompendium().getCode(), practice.getNumber(), practice.getSlug());
				try {
					zip.putNextEntry(new ZipEntry(path));
					CuratedRecords.write(practice.content(), StreamUtils.nonClosing(zip));
					zip.closeEntry();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
				entries.add(new ExportManifest.Entry(path, practice.getVersion()));
			}
			try {
				zip.flush();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		};
		if (listing == null) {
			long after = 0;
			List<Practice> chunk;
			while (!(chunk = this.practices.findTop100ByIdGreaterThanOrderByIdAsc(after)).isEmpty()) {
				writeChunk.accept(chunk);
				after = chunk.get(chunk.size() - 1).getId();
			}
		}
		else {
			listing.forEachChunk((ids) -> writeChunk.accept(this.catalogue.findAll(ids)));
		}
		zip.putNextEntry(new ZipEntry(ExportManifest.FILE));
		CuratedRecords.writeValue(new ExportManifest(ExportManifest.FORMAT, Instant.now().toString(), entries),
				StreamUtils.nonClosing(zip));
		zip.closeEntry();
		zip.finish();
	}

}
