package org.sstc.catalogue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facet values of a segment as arrays: each document's values, documents without any,
 * and arrays dropped when Lucene closes their segment (a long-running catalogue meets a
 * new segment at every save and merge).
 */
@Tag("unit")
class FacetOrdinalsTests {

	@Test
	void eachDocumentHasItsValuesAndADocumentWithoutAnyHasNone() throws IOException {
		FacetOrdinals ordinals = new FacetOrdinals();
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = writer(directory)) {
				writer.addDocument(document("1", "africa", "americas"));
				writer.addDocument(document("2"));
				writer.addDocument(document("3", "americas"));
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				LeafReader segment = reader.leaves().get(0).reader();
				FacetOrdinals.Field field = ordinals.of(segment, "region");
				assertThat(field.values()).containsExactly("africa", "americas");
				assertThat(valuesOf(field, 0)).containsExactly("africa", "americas");
				assertThat(valuesOf(field, 1)).isEmpty();
				assertThat(valuesOf(field, 2)).containsExactly("americas");
				assertThat(ordinals.of(segment, "region")).isSameAs(field);
				assertThat(ordinals.of(segment, "theme").values()).isEmpty();
				assertThat(valuesOf(ordinals.of(segment, "theme"), 0)).isEmpty();
			}
		}
	}

	@Test
	void aSegmentsArraysGoWhenLuceneClosesIt() throws IOException {
		FacetOrdinals ordinals = new FacetOrdinals();
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = writer(directory)) {
				writer.addDocument(document("1", "africa"));
				writer.commit();
				writer.addDocument(document("2", "americas"));
				writer.commit();
				try (DirectoryReader reader = DirectoryReader.open(writer)) {
					reader.leaves().forEach((leaf) -> ordinals.of(leaf.reader(), "region"));
					assertThat(ordinals.segmentsKept()).isEqualTo(2);
					writer.updateDocument(new Term("id", "1"), document("1", "asia-pacific"));
					writer.forceMerge(1);
					try (DirectoryReader merged = DirectoryReader.openIfChanged(reader)) {
						merged.leaves().forEach((leaf) -> ordinals.of(leaf.reader(), "region"));
						assertThat(merged.leaves()).hasSize(1);
						assertThat(ordinals.segmentsKept()).isEqualTo(3);
					}
				}
			}
			// every reader of the three segments is closed, the writer's too
			assertThat(ordinals.segmentsKept()).isZero();
		}
	}

	private static IndexWriter writer(Directory directory) throws IOException {
		return new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
	}

	private static Document document(String id, String... regions) {
		Document document = new Document();
		document.add(new StringField("id", id, org.apache.lucene.document.Field.Store.NO));
		for (String region : regions) {
			document.add(new SortedSetDocValuesField("region", new BytesRef(region)));
		}
		return document;
	}

	private static List<String> valuesOf(FacetOrdinals.Field field, int doc) {
		List<String> values = new ArrayList<>();
		for (int i = field.starts()[doc]; i < field.starts()[doc + 1]; i++) {
			values.add(field.values()[field.ordinals()[i]]);
		}
		return values;
	}

}
