package org.sstc.catalogue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which documents of a segment match a query, worked out as bit sets: each term's
 * postings read straight into a set, and a boolean query's clauses combined word by word
 * of the sets (sixty-four documents at a time). A scorer finds the same documents one at
 * a time, through a heap of every field's postings for every word, and scores each: at
 * 100,000 practices that heap and that scoring were over half of a search's CPU, and a
 * count of the same disjunction a quarter more. Clauses that only rank (optional beside
 * required ones) are not read at all. The sets of a search's composite queries are kept
 * for the search, so that its tiers and counts, made of the same units, read each unit's
 * postings once. Not shared between threads: one search's.
 */
final class MatchSets {

	private final IndexSearcher searcher;

	private final Map<Query, Weight> weights = new HashMap<>();

	/** By segment (its ordinal in the reader), by query. */
	private final Map<Integer, Map<Query, FixedBitSet>> sets = new HashMap<>();

	/**
	 * @param searcher a searcher of the reader whose segments are asked about
	 */
	MatchSets(IndexSearcher searcher) {
		this.searcher = searcher;
	}

	/**
	 * The live documents of the segment that match a query, rewritten by this searcher: a
	 * set of the caller's own.
	 */
	FixedBitSet matching(LeafReaderContext segment, Query rewritten) throws IOException {
		FixedBitSet matching = of(segment, rewritten).clone();
		Bits live = segment.reader().getLiveDocs();
		if (live != null) {
			for (int doc = next(matching, 0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = next(matching, doc + 1)) {
				if (!live.get(doc)) {
					matching.clear(doc);
				}
			}
		}
		return matching;
	}

	/** How many live documents match a query, rewritten by this searcher. */
	long count(Query rewritten) throws IOException {
		long count = 0;
		for (LeafReaderContext segment : this.searcher.getIndexReader().leaves()) {
			count += matching(segment, rewritten).cardinality();
		}
		return count;
	}

	/**
	 * The documents that match a query, deleted ones included: shared, never to be
	 * changed.
	 */
	FixedBitSet of(LeafReaderContext segment, Query query) throws IOException {
		Query inner = unwrapped(query);
		Map<Query, FixedBitSet> known = this.sets.computeIfAbsent(segment.ord, (ord) -> new HashMap<>());
		FixedBitSet set = known.get(inner);
		if (set == null) {
			set = evaluated(segment, inner);
			known.put(inner, set);
		}
		return set;
	}

	/** The query whose matches a boost or a constant score leaves as they are. */
	private static Query unwrapped(Query query) {
		Query inner = query;
		while (true) {
			if (inner instanceof BoostQuery boost) {
				inner = boost.getQuery();
			}
			else if (inner instanceof ConstantScoreQuery constant) {
				inner = constant.getQuery();
			}
			else {
				return inner;
			}
		}
	}

	private FixedBitSet evaluated(LeafReaderContext segment, Query query) throws IOException {
		int documents = segment.reader().maxDoc();
		if (query instanceof BooleanQuery bool) {
			return bool(segment, bool);
		}
		FixedBitSet set = new FixedBitSet(documents);
		if (query instanceof DisjunctionMaxQuery disjunction) {
			for (Query disjunct : disjunction.getDisjuncts()) {
				add(set, segment, disjunct);
			}
		}
		else if (query instanceof MatchAllDocsQuery) {
			set.set(0, documents);
		}
		else if (!(query instanceof MatchNoDocsQuery)) {
			Scorer scorer = weight(query).scorer(segment);
			if (scorer != null) {
				set.or(scorer.iterator());
			}
		}
		return set;
	}

	/**
	 * Lucene's boolean semantics: every required clause, and of the optional ones at
	 * least the minimum that should match, or one when nothing is required; optional
	 * clauses beside required ones and no minimum only rank, and are not read.
	 */
	private FixedBitSet bool(LeafReaderContext segment, BooleanQuery bool) throws IOException {
		int documents = segment.reader().maxDoc();
		List<Query> required = new ArrayList<>();
		List<Query> optional = new ArrayList<>();
		List<Query> prohibited = new ArrayList<>();
		for (BooleanClause clause : bool.clauses()) {
			switch (clause.getOccur()) {
				case MUST, FILTER -> required.add(clause.getQuery());
				case SHOULD -> optional.add(clause.getQuery());
				case MUST_NOT -> prohibited.add(clause.getQuery());
			}
		}
		int minimum = bool.getMinimumNumberShouldMatch();
		if (required.isEmpty()) {
			minimum = Math.max(1, minimum);
		}
		FixedBitSet set;
		if (minimum == 0) {
			set = null;
		}
		else if (minimum == 1) {
			set = new FixedBitSet(documents);
			for (Query clause : optional) {
				add(set, segment, clause);
			}
		}
		else {
			set = atLeast(minimum, optional, segment);
		}
		for (Query clause : required) {
			FixedBitSet matching = of(segment, clause);
			if (set == null) {
				set = matching.clone();
			}
			else {
				set.and(matching);
			}
		}
		if (set == null) {
			// nothing required, nothing optional: only prohibitions match nothing
			return new FixedBitSet(documents);
		}
		for (Query clause : prohibited) {
			set.andNot(of(segment, clause));
		}
		return set;
	}

	/**
	 * The documents that match at least {@code minimum} of the clauses:
	 * {@code atLeast[j]} holds those that matched j of the clauses seen so far, a word of
	 * the sets at a time.
	 */
	private FixedBitSet atLeast(int minimum, List<Query> clauses, LeafReaderContext segment) throws IOException {
		int documents = segment.reader().maxDoc();
		if (clauses.size() < minimum) {
			return new FixedBitSet(documents);
		}
		int words = FixedBitSet.bits2words(documents);
		long[][] atLeast = new long[minimum + 1][];
		atLeast[0] = new long[words];
		Arrays.fill(atLeast[0], -1L);
		for (int j = 1; j <= minimum; j++) {
			atLeast[j] = new long[words];
		}
		int seen = 0;
		for (Query clause : clauses) {
			long[] matching = of(segment, clause).getBits();
			seen++;
			for (int j = Math.min(minimum, seen); j >= 1; j--) {
				long[] more = atLeast[j];
				long[] fewer = atLeast[j - 1];
				for (int word = 0; word < words; word++) {
					more[word] |= fewer[word] & matching[word];
				}
			}
		}
		return new FixedBitSet(atLeast[minimum], documents);
	}

	/**
	 * Adds a query's matches to a set: a plain query's straight from its postings, a
	 * composite one's from its (kept) set.
	 */
	private void add(FixedBitSet set, LeafReaderContext segment, Query query) throws IOException {
		Query inner = unwrapped(query);
		if (inner instanceof BooleanQuery || inner instanceof DisjunctionMaxQuery || inner instanceof MatchAllDocsQuery
				|| inner instanceof MatchNoDocsQuery) {
			set.or(of(segment, inner));
			return;
		}
		Scorer scorer = weight(inner).scorer(segment);
		if (scorer != null) {
			set.or(scorer.iterator());
		}
	}

	private Weight weight(Query query) throws IOException {
		Weight weight = this.weights.get(query);
		if (weight == null) {
			weight = this.searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
			this.weights.put(query, weight);
		}
		return weight;
	}

	/** The first document of a set from {@code from} on, or none. */
	static int next(FixedBitSet set, int from) {
		return (from >= set.length()) ? DocIdSetIterator.NO_MORE_DOCS : set.nextSetBit(from);
	}

}
