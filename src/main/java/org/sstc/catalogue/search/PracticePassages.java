package org.sstc.catalogue.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeChangedEvent;
import org.sstc.catalogue.practice.PracticeSection;
import org.sstc.catalogue.system.Whitespace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The published practices' own passages (their title and each sentence or paragraph of
 * their narrative sections, parts included) as sentence embeddings, so that a long query
 * in everyday words is ranked also by the passage nearest to it in meaning ("teaching
 * soft skills" and a part on "transversal competencies"). Embedding a passage takes about
 * 5 ms of CPU: a few seconds for the 30 practices, hours for 100,000, so only a
 * collection up to {@code catalogue.search.meanings.passage-practices} practices is
 * embedded (in the background, at start-up and after changes); a larger one is ranked by
 * its words and the vocabulary's meanings alone. A passage is embedded once: its vector
 * is kept in PostgreSQL ({@link StoredPassageEmbeddings}), where the next start, another
 * instance and the next reading after a change find it.
 */
@Component
public class PracticePassages {

	private static final Logger logger = LoggerFactory.getLogger(PracticePassages.class);

	/**
	 * What a practice says of itself: its title and the narrative's sections that stand
	 * under headings of their own (objectives to results).
	 */
	private static final List<PracticeSection> PASSAGE_SECTIONS = Stream
		.concat(PracticeBody.SECTIONS.stream().filter((section) -> section.name().equals("title")),
				PracticeBody.NARRATIVE_TEXTS.stream().filter((section) -> section.block().isEmpty()))
		.toList();

	private static final String PRACTICES_SQL = "select id, parts, concat_ws(chr(10), "
			+ PASSAGE_SECTIONS.stream().map(PracticeSection::column).collect(Collectors.joining(", "))
			+ ") as text from practice where status = 'PUBLISHED'";

	private static final String COUNT_SQL = "select count(*) from practice where status = 'PUBLISHED'";

	/** Paragraphs, and sentences within them. */
	private static final Pattern PASSAGE_BREAK = Pattern.compile("\\n+|(?<=[.;])\\s+(?=[\\p{Lu}•-])");

	/** Shorter pieces (a heading, a list's lead-in) say too little to compare. */
	private static final int MIN_PASSAGE = 40;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** How many new vectors are written to PostgreSQL at once. */
	private static final int SAVED_AT_ONCE = 100;

	/** The k of reciprocal rank fusion: 1 / (k + rank). */
	private static final int FUSION_RANK_OFFSET = 10;

	/** How much a practice's place by its passages weighs beside its place by words. */
	private static final double PASSAGE_WEIGHT = 0.1;

	/** Below this cosine similarity a passage is not about the query. */
	private static final double NEAR_ENOUGH = 0.4;

	/** From this cosine similarity on, the page shows the passage: it says why. */
	private static final double SHOWN = 0.5;

	private final QueryMeanings meanings;

	private final CollectionReads reads;

	private final StoredPassageEmbeddings stored;

	private final int mostPractices;

	private final BackgroundReadings worker = new BackgroundReadings("practice-passages");

	/** Each practice's passages, by practice id; replaced whole when read again. */
	private volatile Map<Long, List<Passage>> passages = Map.of();

	private volatile boolean readOnce;

	private volatile Reading lastReading;

	/**
	 * What is embedded already, by text: a practice read again is looked up neither in
	 * PostgreSQL nor embedded again.
	 */
	private Map<String, float[]> embedded = new HashMap<>();

	PracticePassages(QueryMeanings meanings, CollectionReads reads, StoredPassageEmbeddings stored,
			SearchProperties properties) {
		this.meanings = meanings;
		this.reads = reads;
		this.stored = stored;
		this.mostPractices = properties.meanings().passagePractices();
	}

	/** A passage of a practice's text, and its embedding. */
	record Passage(String text, float[] vector) {
	}

	/**
	 * What a reading of the collection's passages did: how many passages it found, and
	 * how many of them it had to embed (the others were known, in memory or in
	 * PostgreSQL).
	 */
	record Reading(int passages, int embedded) {
	}

	/**
	 * How near a practice is to a query: its nearest passage and their cosine similarity.
	 */
	record Near(double similarity, String passage) {
	}

	/**
	 * How near each practice is to the query, by practice id. Empty when the passages are
	 * not (yet) embedded.
	 */
	Map<Long, Near> nearness(float[] query) {
		Map<Long, List<Passage>> current = this.passages;
		Map<Long, Near> nearness = new HashMap<>();
		if (query == null) {
			return nearness;
		}
		current.forEach((id, passages) -> {
			Passage nearest = null;
			double best = -1;
			for (Passage passage : passages) {
				double similarity = QueryMeanings.cosine(query, passage.vector());
				if (similarity > best) {
					best = similarity;
					nearest = passage;
				}
			}
			if (nearest != null) {
				nearness.put(id, new Near(best, nearest.text()));
			}
		});
		return nearness;
	}

	/**
	 * A list of hits (one tier of one page, in the words' order) ranked again: each hit's
	 * place by the words, fused with its practice's place among all practices by its
	 * nearest passage (reciprocal rank fusion, the passages weighing a tenth), for a
	 * practice whose nearest passage is near enough. Measured over the four judged sets
	 * (2026-11-30): for queries of four words or more this lifts the fourth set's
	 * everyday paraphrases and leaves the others as they were; for shorter queries, or
	 * with more weight, the words know better.
	 */
	static List<SearchResults.Hit> reranked(List<SearchResults.Hit> hits, int offset, Map<Long, Near> nearness) {
		if (hits.isEmpty() || nearness.isEmpty()) {
			return hits;
		}
		List<SearchResults.Hit> reranked = new ArrayList<>();
		for (int position : fusedOrder(hits.stream().map((hit) -> hit.practice().id()).toList(), offset, nearness)) {
			SearchResults.Hit hit = hits.get(position);
			Near near = nearness.get(hit.practice().id());
			reranked.add((near != null && near.similarity() >= SHOWN) ? hit.withNearestPassage(near.passage()) : hit);
		}
		return reranked;
	}

	/**
	 * Practices' ids (one tier of one page) ranked again as {@link #reranked} ranks hits.
	 */
	static List<Long> rerankedIds(List<Long> ids, int offset, Map<Long, Near> nearness) {
		if (ids.isEmpty() || nearness.isEmpty()) {
			return ids;
		}
		return fusedOrder(ids, offset, nearness).stream().map(ids::get).toList();
	}

	/** The positions of a page's practices in their fused order. */
	private static List<Integer> fusedOrder(List<Long> ids, int offset, Map<Long, Near> nearness) {
		List<Long> byNearness = new ArrayList<>(nearness.keySet());
		byNearness.sort((a, b) -> Double.compare(nearness.get(b).similarity(), nearness.get(a).similarity()));
		Map<Long, Integer> nearnessRank = new HashMap<>();
		for (int i = 0; i < byNearness.size(); i++) {
			nearnessRank.put(byNearness.get(i), i + 1);
		}
		double[] fused = new double[ids.size()];
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			Near near = nearness.get(ids.get(i));
			fused[i] = 1.0 / (FUSION_RANK_OFFSET + offset + i + 1);
			if (near != null && near.similarity() >= NEAR_ENOUGH) {
				fused[i] += PASSAGE_WEIGHT / (FUSION_RANK_OFFSET + nearnessRank.get(ids.get(i)));
			}
			positions.add(i);
		}
		positions.sort((a, b) -> Double.compare(fused[b], fused[a]));
		return positions;
	}

	/**
	 * Whether the collection has been read once (or there is nothing to embed with), so
	 * that rankings no longer change as the passages arrive: what tests wait for.
	 */
	boolean ready() {
		return this.readOnce || !this.meanings.canEmbed();
	}

	@EventListener(ApplicationStartedEvent.class)
	void onStarted() {
		refreshInBackground();
	}

	@EventListener(SearchIndexRebuiltEvent.class)
	void onRebuilt() {
		refreshInBackground();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onPracticeChanged(PracticeChangedEvent event) {
		refreshInBackground();
	}

	private void refreshInBackground() {
		if (this.meanings.canEmbed()) {
			this.worker.readAll(this::read);
		}
	}

	/** Runs on the worker thread only. */
	private void read() {
		try {
			long count = this.reads.value(COUNT_SQL, Long.class);
			if (count > this.mostPractices) {
				logger.info("{} published practices: more than the {} whose passages are embedded; "
						+ "search ranks by words and the vocabulary's meanings", count, this.mostPractices);
				this.passages = Map.of();
				this.embedded = new HashMap<>();
				this.lastReading = new Reading(0, 0);
				this.readOnce = true;
				return;
			}
			Map<Long, List<String>> texts = new HashMap<>();
			this.reads.stream(PRACTICES_SQL, (row) -> {
				List<String> pieces = new ArrayList<>(passagesOf(row.getString("text")));
				for (JsonNode part : JSON.readTree(row.getString("parts"))) {
					PASSAGE_SECTIONS
						.forEach((section) -> pieces.addAll(passagesOf(part.path(section.name()).asString(""))));
				}
				texts.put(row.getLong("id"), pieces);
			});
			Map<String, float[]> known = new HashMap<>();
			texts.values().forEach((pieces) -> pieces.forEach((piece) -> {
				float[] vector = this.embedded.get(piece);
				if (vector != null) {
					known.put(piece, vector);
				}
			}));
			List<String> unknown = texts.values()
				.stream()
				.flatMap(List::stream)
				.distinct()
				.filter((piece) -> !known.containsKey(piece))
				.toList();
			String embedding = this.meanings.embedding();
			known.putAll(this.stored.find(embedding, unknown));
			int embeddedNow = embedMissing(embedding, unknown, known);
			Map<Long, List<Passage>> read = new HashMap<>();
			texts.forEach((id, pieces) -> read.put(id,
					pieces.stream().map((piece) -> new Passage(piece, known.get(piece))).toList()));
			this.stored.keepOnly(embedding, known.keySet());
			this.embedded = known;
			this.passages = Map.copyOf(read);
			this.lastReading = new Reading(known.size(), embeddedNow);
			this.readOnce = true;
			logger.info("The passages of {} practices read: {} passages, {} of them embedded now", read.size(),
					known.size(), embeddedNow);
		}
		catch (DataAccessException ex) {
			logger.warn("The practices' passages were not read again, PostgreSQL did not answer: {}", ex.toString());
		}
	}

	/**
	 * Embeds the passages not known yet, keeping each batch in PostgreSQL as it is done:
	 * a stop in the middle loses none of what was embedded.
	 */
	private int embedMissing(String embedding, List<String> unknown, Map<String, float[]> known) {
		Map<String, float[]> batch = new HashMap<>();
		int count = 0;
		for (String piece : unknown) {
			if (known.containsKey(piece)) {
				continue;
			}
			float[] vector = this.meanings.embed(piece);
			known.put(piece, vector);
			batch.put(piece, vector);
			count++;
			if (batch.size() == SAVED_AT_ONCE) {
				this.stored.save(embedding, batch);
				batch.clear();
			}
		}
		this.stored.save(embedding, batch);
		return count;
	}

	/** What the last reading did; null before the first. */
	Reading lastReading() {
		return this.lastReading;
	}

	static List<String> passagesOf(String text) {
		List<String> pieces = new ArrayList<>();
		if (text == null) {
			return pieces;
		}
		for (String piece : PASSAGE_BREAK.split(text)) {
			String passage = Whitespace.collapsed(piece.strip());
			if (passage.length() >= MIN_PASSAGE) {
				pieces.add(passage);
			}
		}
		return pieces;
	}

}
