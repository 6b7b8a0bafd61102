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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.FixedBitSet;

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
 * took over a third of a search's CPU at 100,000 practices). The practices the pass goes
 * over are worked out as bit sets ({@link MatchSets}), not found and scored one by one; a
 * page ranked by relevance is then found by a search of its own, which scores only the
 * practices that can still reach it.
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

	/**
	 * @param alsoCounted how many practices match the query counted too, or -1 when none
	 * was asked for
	 */
	record Result(long total, List<Row> rows, Map<String, Map<String, Long>> counts, long alsoCounted) {
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
	 * @param alsoCounted a query whose matches are counted too, or null: its units, those
	 * of {@code base}, are read once for both
	 */
	Result search(IndexReader reader, Query base, List<Query> selections, List<Counted> counted, Sort sort, int offset,
			int limit, Set<String> stored, Query alsoCounted) {
		try {
			IndexSearcher searcher = new IndexSearcher(reader);
			searcher.setQueryCache(null);
			MatchSets sets = new MatchSets(searcher);
			Query rewritten = searcher.rewrite(base);
			List<Query> filters = new ArrayList<>();
			for (Query selection : selections) {
				filters.add(searcher.rewrite(selection));
			}
			int wanted = Math.max(1, offset + limit);
			boolean ranked = sort.getSort()[0].getType() == SortField.Type.SCORE;
			// a search by relevance ranks its page in a search of its own, which skips
			// the postings of practices that cannot reach the page (block-max WAND)
			// instead of scoring every match
			TopFieldCollector top = new TopFieldCollectorManager(sort, wanted, null,
					ranked ? wanted : Integer.MAX_VALUE, false)
				.newCollector();
			Pass pass = new Pass(ranked ? null : top, counted, this.ordinals);
			for (LeafReaderContext segment : reader.leaves()) {
				FixedBitSet[] selected = new FixedBitSet[filters.size()];
				for (int i = 0; i < selected.length; i++) {
					selected[i] = sets.of(segment, filters.get(i));
				}
				pass.collect(segment, sets.matching(segment, rewritten), selected);
			}
			pass.flush();
			if (ranked) {
				BooleanQuery.Builder hits = new BooleanQuery.Builder().add(rewritten, BooleanClause.Occur.MUST);
				filters.forEach((filter) -> hits.add(filter, BooleanClause.Occur.FILTER));
				searcher.search(hits.build(), top);
			}
			TopDocs docs = top.topDocs();
			ScoreDoc[] page = docs.scoreDocs;
			scores(sort, page);
			List<Row> rows = new ArrayList<>();
			StoredFields fields = reader.storedFields();
			for (int i = offset; i < page.length && i < offset + limit; i++) {
				rows.add(new Row(read(fields, page[i].doc, stored), page[i].score));
			}
			long also = (alsoCounted != null) ? sets.count(searcher.rewrite(alsoCounted)) : -1;
			return new Result(pass.total, rows, pass.counts, also);
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

	/**
	 * Counts the matches of one segment after the other, and collects them as hits when
	 * the page is not ranked by score.
	 */
	private static final class Pass {

		/** Null when the hits are ranked by a search of their own. */
		private final TopFieldCollector top;

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

		Pass(TopFieldCollector top, List<Counted> counted, FacetOrdinals ordinals) {
			this.top = top;
			this.ordinals = ordinals;
			this.counted = counted;
			this.selectionOf = counted.stream().mapToInt(Counted::selection).toArray();
			counted.forEach((aggregation) -> this.counts.put(aggregation.name(), new HashMap<>()));
		}

		/**
		 * @param matching the segment's practices that match all but the selections
		 * @param selected each selection's practices
		 */
		void collect(LeafReaderContext context, FixedBitSet matching, FixedBitSet[] selected) throws IOException {
			flush();
			LeafCollector hits = null;
			if (this.top != null) {
				hits = this.top.getLeafCollector(context);
				hits.setScorer(Unscored.INSTANCE);
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
			long total = 0;
			for (int doc = MatchSets.next(matching, 0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = MatchSets
				.next(matching, doc + 1)) {
				int missed = -1;
				for (int i = 0; i < selected.length; i++) {
					if (!selected[i].get(doc)) {
						if (missed >= 0) {
							missed = Integer.MAX_VALUE;
							break;
						}
						missed = i;
					}
				}
				if (missed == Integer.MAX_VALUE) {
					continue;
				}
				if (missed < 0) {
					if (hits != null) {
						hits.collect(doc);
					}
					total++;
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
			this.total += total;
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

	/** The score of hits collected in another order than by score: none. */
	private static final class Unscored extends Scorable {

		static final Unscored INSTANCE = new Unscored();

		@Override
		public float score() {
			return Float.NaN;
		}

		@Override
		public int docID() {
			return -1;
		}

	}

}
