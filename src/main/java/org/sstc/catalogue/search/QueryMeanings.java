package org.sstc.catalogue.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sstc.catalogue.practice.Theme;

import org.springframework.stereotype.Component;

/**
 * What a query means beyond its words: the concepts of the catalogue's own vocabulary
 * nearest to it in meaning. "work accidents" is nearest to "workplace safety" and the
 * theme Occupational safety and health, "pensions" to "social security", "countries
 * leaving the UN list of poorest nations" to "least developed countries", though the
 * records use none of those words.
 *
 * <p>
 * The concepts are the themes, their entry terms ({@link Theme#keywords()}) and the
 * curated list's equivalences ({@code search/synonyms.txt}, the lines that expand both
 * ways): a maintainer adds a concept where the search's vocabulary already lives. The
 * query and the concepts are compared as sentence embeddings of a small English model
 * (all-MiniLM-L6-v2, quantised; 3 to 4 ms a query on one core, in this process). A
 * concept counts when it is near enough and near the nearest one, and then ranks the
 * practices that name it (or carry its theme) higher; it never makes a practice a result
 * that the words do not make one, so the counts and facets stay those of the words.
 */
@Component
public class QueryMeanings {

	private static final Logger logger = LoggerFactory.getLogger(QueryMeanings.class);

	/**
	 * A text longer than this is embedded by its beginning: the model reads about 256
	 * word pieces.
	 */
	private static final int MAX_EMBEDDED_LENGTH = 600;

	/**
	 * How many queries' vectors are kept: a person who filters, sorts or pages a search
	 * asks its text again, and embedding it is most of what meanings cost a search (about
	 * 2.5 ms of CPU with the production options). A vector is 1.5 KB.
	 */
	private static final int RECENT_QUERIES = 2_000;

	private final SearchProperties.Meanings settings;

	private final EmbeddingModel model;

	private final List<Concept> concepts;

	private final Cache<String, float[]> recentQueries = Caffeine.newBuilder()
		.maximumSize(RECENT_QUERIES)
		.executor(Runnable::run)
		.build();

	QueryMeanings(Synonyms synonyms, SearchProperties properties) {
		this.settings = properties.meanings();
		this.model = this.settings.enabled() ? loadedModel() : null;
		this.concepts = (this.model != null) ? embedded(conceptsOf(synonyms)) : List.of();
	}

	private List<Concept> embedded(List<Concept> named) {
		var vectors = this.model.embedAll(named.stream().map((concept) -> TextSegment.from(concept.label())).toList())
			.content();
		List<Concept> embedded = new ArrayList<>();
		for (int i = 0; i < named.size(); i++) {
			embedded.add(named.get(i).with(vectors.get(i).vector()));
		}
		return List.copyOf(embedded);
	}

	/**
	 * The model, or none where its native runtime cannot load (another processor or C
	 * library): search then goes on by the words alone, as it did before meanings.
	 */
	private static EmbeddingModel loadedModel() {
		try {
			return SentenceEmbeddings.load();
		}
		catch (RuntimeException | LinkageError ex) {
			logger.warn("Search goes on without meanings: the sentence-embedding model cannot load", ex);
			return null;
		}
	}

	/**
	 * A concept: its label (what is embedded, and what the page shows), and what it
	 * searches: a theme, or words in simple-query-string syntax.
	 */
	record Concept(String label, Theme theme, String words, float[] vector) {

		Concept with(float[] embedded) {
			return new Concept(this.label, this.theme, this.words, embedded);
		}

	}

	/**
	 * A concept a query means, and how near it is (cosine similarity).
	 *
	 * @param label the concept as a person reads it
	 * @param theme the theme it searches, or null
	 * @param words the words it searches, in simple-query-string syntax, or null
	 * @param similarity how near the query it is, from 0 to 1
	 */
	public record Meaning(String label, Theme theme, String words, double similarity) {
	}

	/** Whether texts can be embedded here (the model is on and loaded). */
	boolean canEmbed() {
		return this.model != null;
	}

	/**
	 * What makes the vectors: the model, and how much of a text it reads. Vectors made
	 * otherwise are not comparable with the ones it makes.
	 */
	String embedding() {
		return SentenceEmbeddings.NAME + ", first " + MAX_EMBEDDED_LENGTH + " characters";
	}

	/**
	 * A text as the model embeds it (its beginning, when long); null when it is empty or
	 * there is no model.
	 */
	float[] embed(String text) {
		String embedded = embeddedPart(text);
		return (embedded != null) ? this.model.embed(embedded).content().vector() : null;
	}

	/**
	 * A query as the model embeds it, as {@link #embed} does; a text asked lately is not
	 * embedded again. The vector is shared: read it, never change it.
	 */
	float[] embedQuery(String text) {
		String embedded = embeddedPart(text);
		return (embedded != null) ? this.recentQueries.get(embedded, this::embed) : null;
	}

	/**
	 * What of a text the model reads; null when there is nothing to embed, or no model.
	 */
	private String embeddedPart(String text) {
		if (this.model == null || text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		return stripped.substring(0, Math.min(stripped.length(), MAX_EMBEDDED_LENGTH));
	}

	/** The concepts that an embedded query means, nearest first; none without one. */
	List<Meaning> of(float[] query) {
		if (query == null) {
			return List.of();
		}
		List<Meaning> near = new ArrayList<>();
		for (Concept concept : this.concepts) {
			double similarity = cosine(query, concept.vector());
			if (similarity >= this.settings.threshold()) {
				near.add(new Meaning(concept.label(), concept.theme(), concept.words(), similarity));
			}
		}
		near.sort(Comparator.comparingDouble(Meaning::similarity).reversed());
		if (near.isEmpty()) {
			return List.of();
		}
		double least = near.get(0).similarity() - this.settings.margin();
		Map<String, Meaning> distinct = new LinkedHashMap<>();
		for (Meaning meaning : near) {
			if (meaning.similarity() < least || distinct.size() == this.settings.most()) {
				break;
			}
			distinct.putIfAbsent((meaning.theme() != null) ? meaning.theme().code() : meaning.words(), meaning);
		}
		return List.copyOf(distinct.values());
	}

	/**
	 * The model's vectors have unit length: their dot product is their cosine. Four sums
	 * at a time: a long query is compared with every passage of the collection, and the
	 * production JVM's compiler (C1) neither unrolls nor vectorises the loop.
	 */
	static double cosine(float[] a, float[] b) {
		double sum0 = 0;
		double sum1 = 0;
		double sum2 = 0;
		double sum3 = 0;
		int i = 0;
		for (int end = a.length & ~3; i < end; i += 4) {
			sum0 += a[i] * b[i];
			sum1 += a[i + 1] * b[i + 1];
			sum2 += a[i + 2] * b[i + 2];
			sum3 += a[i + 3] * b[i + 3];
		}
		for (; i < a.length; i++) {
			sum0 += a[i] * b[i];
		}
		return (sum0 + sum1) + (sum2 + sum3);
	}

	private static List<Concept> conceptsOf(Synonyms synonyms) {
		Map<String, Concept> concepts = new LinkedHashMap<>();
		for (Theme theme : Theme.values()) {
			concepts.putIfAbsent(key(theme.label()), new Concept(theme.label(), theme, null, null));
			for (String keyword : theme.keywords().split(",")) {
				String term = keyword.strip();
				concepts.putIfAbsent(key(term), new Concept(term, null, phrase(synonyms, term), null));
			}
		}
		for (List<String> members : synonyms.equivalences()) {
			members.stream()
				.filter((member) -> member.contains(" "))
				.findFirst()
				.ifPresent((label) -> concepts.putIfAbsent(key(label),
						new Concept(label, null, phrase(synonyms, label), null)));
		}
		return List.copyOf(concepts.values());
	}

	/** One concept a name: a theme's name is that theme, wherever else it is listed. */
	private static String key(String label) {
		return Synonyms.normalise(label);
	}

	/**
	 * A concept's words as one unit: its synonym group when it is a member of one, else
	 * the words as a phrase.
	 */
	private static String phrase(Synonyms synonyms, String term) {
		List<String> words = Arrays.stream(Synonyms.normalise(term).split(" ")).toList();
		List<String> groups = synonyms.groups(words);
		return (groups.size() == 1) ? groups.get(0) : words.stream().collect(Collectors.joining(" ", "\"", "\""));
	}

}
