package org.sstc.catalogue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bit sets of {@link MatchSets} hold exactly the documents Lucene's own scorers find,
 * on random nested boolean queries (required, optional with and without a minimum,
 * prohibited, boosted, phrases, disjunctions of maxima) over an index of several segments
 * with deleted documents.
 */
class MatchSetsTests {

	private static final String[] WORDS = { "labour", "inspection", "social", "protection", "skills", "youth",
			"migration", "safety", "health", "green", "jobs", "dialogue" };

	private static final String[] FIELDS = { "title", "summary", "results" };

	@Test
	void matchesWhatLuceneMatches() throws IOException {
		Random random = new Random(20261202);
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(97))) {
				for (int i = 0; i < 600; i++) {
					Document document = new Document();
					document.add(new StringField("id", String.valueOf(i), Field.Store.NO));
					document.add(new StringField("status", (i % 7 == 0) ? "draft" : "published", Field.Store.NO));
					for (String field : FIELDS) {
						document.add(new TextField(field, words(random, 1 + random.nextInt(8)), Field.Store.NO));
					}
					writer.addDocument(document);
				}
				for (int i = 0; i < 600; i += 11) {
					writer.deleteDocuments(new Term("id", String.valueOf(i)));
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				assertThat(reader.hasDeletions()).isTrue();
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setQueryCache(null);
				int nonEmpty = 0;
				for (int i = 0; i < 300; i++) {
					MatchSets sets = new MatchSets(searcher);
					Query query = searcher.rewrite(query(random, 3));
					List<Integer> expected = matched(searcher, query);
					assertThat(found(sets, reader, query)).as(query.toString()).isEqualTo(expected);
					assertThat(sets.count(query)).as(query.toString()).isEqualTo(expected.size());
					// asked again, from the sets kept
					assertThat(sets.count(query)).as(query.toString()).isEqualTo(expected.size());
					nonEmpty += expected.isEmpty() ? 0 : 1;
				}
				assertThat(nonEmpty).isGreaterThan(150);
			}
		}
	}

	private static String words(Random random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
		}
		return text.toString();
	}

	private static Query query(Random random, int depth) {
		int kind = random.nextInt((depth == 0) ? 2 : 7);
		String field = FIELDS[random.nextInt(FIELDS.length)];
		switch (kind) {
			case 0:
				return new TermQuery(new Term(field, WORDS[random.nextInt(WORDS.length)]));
			case 1:
				return new PhraseQuery(1, field, WORDS[random.nextInt(WORDS.length)],
						WORDS[random.nextInt(WORDS.length)]);
			case 2:
				return new BoostQuery(query(random, depth - 1), 2f);
			case 3:
				return new ConstantScoreQuery(query(random, depth - 1));
			case 4:
				return new DisjunctionMaxQuery(List.of(query(random, depth - 1), query(random, depth - 1)), 0.1f);
			default:
				BooleanQuery.Builder bool = new BooleanQuery.Builder();
				int clauses = 1 + random.nextInt(5);
				int optional = 0;
				for (int i = 0; i < clauses; i++) {
					BooleanClause.Occur occur = BooleanClause.Occur.values()[random.nextInt(4)];
					optional += (occur == BooleanClause.Occur.SHOULD) ? 1 : 0;
					bool.add(query(random, depth - 1), occur);
				}
				if (random.nextBoolean()) {
					bool.add(new TermQuery(new Term("status", "published")), BooleanClause.Occur.FILTER);
				}
				if (random.nextInt(5) == 0) {
					bool.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
				}
				if (optional > 0 && random.nextBoolean()) {
					bool.setMinimumNumberShouldMatch(random.nextInt(optional + 2));
				}
				return bool.build();
		}
	}

	private static List<Integer> matched(IndexSearcher searcher, Query query) throws IOException {
		List<Integer> docs = new ArrayList<>();
		searcher.search(query, new SimpleCollector() {

			private int base;

			@Override
			protected void doSetNextReader(LeafReaderContext context) {
				this.base = context.docBase;
			}

			@Override
			public void collect(int doc) {
				docs.add(this.base + doc);
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}

		});
		return docs;
	}

	private static List<Integer> found(MatchSets sets, DirectoryReader reader, Query query) throws IOException {
		List<Integer> docs = new ArrayList<>();
		for (LeafReaderContext segment : reader.leaves()) {
			FixedBitSet matching = sets.matching(segment, query);
			for (int doc = MatchSets.next(matching, 0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = MatchSets
				.next(matching, doc + 1)) {
				docs.add(segment.docBase + doc);
			}
		}
		return docs;
	}

}
