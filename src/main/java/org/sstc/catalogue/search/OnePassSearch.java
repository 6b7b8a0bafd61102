package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;

import org.springframework.stereotype.Component;

/**
 * A page of hits, their total and every facet's counts in one pass over the embedded
 * Lucene index, where Hibernate Search's own query runs a terms aggregation per facet (a
 * hash map entry per value and per matching document) and one more query for each facet
 * with a selection. The pass goes over the practices that match everything but the
 * facets' selections: a practice that also matches every selection is a hit, and counts
 * for every facet; one that misses a single facet's selection counts for that facet
 * alone, whose counts ignore its own selection (Lucene's "drill sideways"). Counts are
 * kept per segment in arrays indexed by the values' ordinals, read from
 * {@link FacetOrdinals} rather than from the index's compressed doc values (those reads
 * took over a third of a search's CPU at 100,000 practices).
 */
@Component
class OnePassSearch {

	/**
	 * What a pass counts: an aggregation's name, its field, and its facet's selection.
	 */
	record Counted(String name, String field, int selection) {
	}

	/** A hit as read from the index: its stored fields, and its score. */
	record Row(Map<String, List<String>> fields, float score) {
	}

	record Result(long total, List<Row> rows, Map<String, Map<String, Long>> counts) {
	}

	private final FacetOrdinals ordinals;

	OnePassSearch(FacetOrdinals ordinals) {
		this.ordinals = ordinals;
	}

	/**
	 * @param reader the index
	 * @param base what a practice must match, the facets' selections aside
	 * @param selections each selected facet's filter
	 * @param counted the aggregations, each of a facet with a selection (its index in
	 * {@code selections}) or of none (-1)
	 * @param stored the stored fields a hit is read with
	 */
	Result search(IndexReader reader, Query base, List<Query> selections, List<Counted> counted, Sort sort, int offset,
			int limit, Set<String> stored) {
		try {
			IndexSearcher searcher = new IndexSearcher(reader);
			searcher.setQueryCache(null);
			Query rewritten = searcher.rewrite(base);
			List<Weight> filters = new ArrayList<>();
			for (Query selection : selections) {
				filters.add(searcher.createWeight(searcher.rewrite(selection), ScoreMode.COMPLETE_NO_SCORES, 1f));
			}
			TopFieldCollector top = new TopFieldCollectorManager(sort, Math.max(1, offset + limit), null,
					Integer.MAX_VALUE, false)
				.newCollector();
			Pass pass = new Pass(top, filters, counted, this.ordinals);
			searcher.search(rewritten, pass);
			pass.flush();
			TopDocs docs = top.topDocs();
			ScoreDoc[] page = docs.scoreDocs;
			scores(sort, page);
			List<Row> rows = new ArrayList<>();
			StoredFields fields = reader.storedFields();
			for (int i = offset; i < page.length && i < offset + limit; i++) {
				rows.add(new Row(read(fields, page[i].doc, stored), page[i].score));
			}
			return new Result(pass.total, rows, pass.counts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * From the sort when it sorts by score; none otherwise: a search in another order
	 * scores nothing (Lucene then skips the scoring of every match, the costliest part of
	 * a search over many practices), and its hits show no score.
	 */
	private static void scores(Sort sort, ScoreDoc[] page) {
		SortField[] fields = sort.getSort();
		for (int i = 0; i < fields.length; i++) {
			if (fields[i].getType() == SortField.Type.SCORE) {
				for (ScoreDoc doc : page) {
					doc.score = (float) ((FieldDoc) doc).fields[i];
				}
				return;
			}
		}
		for (ScoreDoc doc : page) {
			doc.score = Float.NaN;
		}
	}

	private static Map<String, List<String>> read(StoredFields fields, int doc, Set<String> names) throws IOException {
		Map<String, List<String>> values = new HashMap<>();
		fields.document(doc, new StoredFieldVisitor() {

			@Override
			public Status needsField(FieldInfo field) {
				return names.contains(field.name) ? Status.YES : Status.NO;
			}

			@Override
			public void stringField(FieldInfo field, String value) {
				values.computeIfAbsent(field.name, (name) -> new ArrayList<>()).add(value);
			}

		});
		return values;
	}

	private static final class Pass implements Collector {

		private final TopFieldCollector top;

		private final List<Weight> filters;

		private final List<Counted> counted;

		/**
		 * Each aggregation's facet selection ({@link Counted#selection()}), for the loop.
		 */
		private final int[] selectionOf;

		private final Map<String, Map<String, Long>> counts = new HashMap<>();

		private long total;

		private final FacetOrdinals ordinals;

		// the current segment's
		private FacetOrdinals.Field[] values;

		private int[][] ordinalCounts;

		Pass(TopFieldCollector top, List<Weight> filters, List<Counted> counted, FacetOrdinals ordinals) {
			this.top = top;
			this.ordinals = ordinals;
			this.filters = filters;
			this.counted = counted;
			this.selectionOf = counted.stream().mapToInt(Counted::selection).toArray();
			counted.forEach((aggregation) -> this.counts.put(aggregation.name(), new HashMap<>()));
		}

		@Override
		public ScoreMode scoreMode() {
			return this.top.scoreMode();
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			flush();
			LeafCollector hits = this.top.getLeafCollector(context);
			DocIdSetIterator[] selected = new DocIdSetIterator[this.filters.size()];
			for (int i = 0; i < selected.length; i++) {
				Scorer scorer = this.filters.get(i).scorer(context);
				selected[i] = (scorer != null) ? scorer.iterator() : DocIdSetIterator.empty();
			}
			this.values = new FacetOrdinals.Field[this.counted.size()];
			this.ordinalCounts = new int[this.counted.size()][];
			// the arrays in locals and the counting written out in the loop: it runs for
			// every aggregation of every match (a fifth of a search's CPU at 100,000
			// practices), and the production JVM's C1 compiler inlines no call that long
			int[][] starts = new int[this.values.length][];
			int[][] ordinals = new int[this.values.length][];
			int[][] counts = this.ordinalCounts;
			for (int i = 0; i < this.values.length; i++) {
				this.values[i] = this.ordinals.of(context.reader(), this.counted.get(i).field());
				counts[i] = new int[this.values[i].values().length];
				starts[i] = this.values[i].starts();
				ordinals[i] = this.values[i].ordinals();
			}
			int[] selectionOf = this.selectionOf;
			return new LeafCollector() {

				@Override
				public void setScorer(Scorable scorer) throws IOException {
					hits.setScorer(scorer);
				}

				@Override
				public void collect(int doc) throws IOException {
					int missed = -1;
					for (int i = 0; i < selected.length; i++) {
						DocIdSetIterator filter = selected[i];
						if (filter.docID() < doc) {
							filter.advance(doc);
						}
						if (filter.docID() != doc) {
							if (missed >= 0) {
								return;
							}
							missed = i;
						}
					}
					if (missed < 0) {
						hits.collect(doc);
						Pass.this.total++;
					}
					for (int i = 0; i < selectionOf.length; i++) {
						if (missed < 0 || selectionOf[i] == missed) {
							int[] ofDocuments = ordinals[i];
							int[] counted = counts[i];
							for (int at = starts[i][doc], end = starts[i][doc + 1]; at < end; at++) {
								counted[ofDocuments[at]]++;
							}
						}
					}
				}

			};
		}

		/** The segment's counts, by value. */
		void flush() {
			if (this.values == null) {
				return;
			}
			for (int i = 0; i < this.values.length; i++) {
				Map<String, Long> byValue = this.counts.get(this.counted.get(i).name());
				int[] ordinals = this.ordinalCounts[i];
				for (int ordinal = 0; ordinal < ordinals.length; ordinal++) {
					if (ordinals[ordinal] > 0) {
						byValue.merge(this.values[i].values()[ordinal], (long) ordinals[ordinal], Long::sum);
					}
				}
			}
			this.values = null;
		}

	}

}
