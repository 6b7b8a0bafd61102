package org.sstc.catalogue.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeChangedEvent;
import org.sstc.catalogue.practice.PracticeSection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The names of organisations, programmes and frameworks as the whole collection writes
 * them, so that a query finds a practice whatever form of a name it uses: an
 * organisation's acronym and full name as any record's organisation list pairs them
 * ("SENAI" and "National Industrial Apprenticeship Service"), a name spelled out beside
 * its acronym anywhere in the text ("... Service (SENAI)", "... Service – SENAI", "SENAI
 * (National ...)"), and a name whose initials are an acronym the collection uses
 * ("Integrated National Financing Frameworks" for "INFF", or "IPEA" for "Instituto de
 * Pesquisa Econômica Aplicada"). Mined from the published practices at start-up and after
 * changes, in the background; nothing to maintain by hand (the curated synonyms stay in
 * {@code search/synonyms.txt}).
 */
@Component
public class CollectionNames {

	private static final Logger logger = LoggerFactory.getLogger(CollectionNames.class);

	/**
	 * Small words inside a name that its acronym skips ("Ministry of Labour and Social
	 * Security", MLSS).
	 */
	static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "on", "in", "to", "de", "des", "du", "la",
			"le", "les", "et", "y", "del", "da", "do", "dos", "das", "e", "para", "pour", "en");

	private static final String WORD = "[\\p{Lu}][\\p{L}\\p{N}’'-]*";

	private static final String CONNECTOR = "(?:" + String.join("|", CONNECTORS) + ")";

	/** A run of capitalised words, small words allowed between them. */
	private static final String NAME = WORD + "(?:\\s+(?:" + CONNECTOR + "\\s+){0,2}" + WORD + "){1,9}";

	private static final String ACRONYM = "[\\p{Lu}][\\p{Lu}\\p{N}&]{1,9}";

	/**
	 * An acronym in brackets or after a dash: where a name written out may end just
	 * before. Found first, so that names are looked for only there (looking for a name
	 * before every capitalised word of a text cost minutes at 100,000 practices).
	 */
	private static final Pattern ACRONYM_AFTER_NAME = Pattern
		.compile("\\(\\s*(" + ACRONYM + ")\\s*\\)|[–—-]\\s*(" + ACRONYM + ")\\b");

	private static final Pattern NAME_AT_END = Pattern.compile("(" + NAME + ")\\s*$");

	/**
	 * Longer than any name of ten words: how far before an acronym its name is looked
	 * for.
	 */
	private static final int NAME_WINDOW = 600;

	private static final Pattern ACRONYM_THEN_NAME = Pattern
		.compile("\\b(" + ACRONYM + ")\\s*\\(\\s*(" + NAME + ")\\s*\\)");

	private static final Pattern ANY_ACRONYM = Pattern.compile("\\b" + ACRONYM + "\\b");

	private static final Pattern ANY_NAME = Pattern.compile(NAME);

	/**
	 * A query needs this many words before its initials are taken for an acronym:
	 * two-word initials mean little.
	 */
	private static final int INITIALS_MIN_WORDS = 3;

	/**
	 * The texts where names are written out (titles are in title case: every word of them
	 * would look like a name, so they only give words).
	 */
	private static final String PRACTICES_SQL = "select organisations, parts, concat_ws(' ', title, short_title) as titles, "
			+ "concat_ws(' ', institutions, "
			+ PracticeBody.NARRATIVE_TEXTS.stream().map(PracticeSection::column).collect(Collectors.joining(", "))
			+ ") as text from practice where status = 'PUBLISHED'";

	/**
	 * The state of the collection the names are read from: a published practice added,
	 * removed or changed, or a migration, changes it.
	 */
	private static final String COLLECTION_STATE_SQL = """
			select current_database() || ':' || (select coalesce(max(installed_rank), 0) from flyway_schema_history)
			       || ':' || count(*) || ':' || coalesce(sum(id), 0) || ':' || coalesce(max(updated_at)::text, '')
			from practice where status = 'PUBLISHED'
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CollectionReads reads;

	private final Predicate<String> isEnglishWord;

	private final BackgroundReadings worker = new BackgroundReadings("collection-names");

	private volatile boolean indexBeingPrepared;

	private volatile Names names = Names.NONE;

	private Miner miner;

	private final CollectionNamesSnapshot snapshot;

	CollectionNames(CollectionReads reads, EnglishWords english, SearchProperties properties) {
		this.reads = reads;
		this.snapshot = new CollectionNamesSnapshot(properties.readingsDirectory());
		this.isEnglishWord = english::contains;
		this.miner = new Miner(this.isEnglishWord);
	}

	/**
	 * The other forms of a name, as search terms (a name of several words as a phrase),
	 * or nothing when the collection knows no other form.
	 * @param normalised the words of the name as {@link Synonyms#normalise} gives them
	 */
	List<String> group(String normalised) {
		return this.names.group(normalised);
	}

	/**
	 * How many words the longest name has: longer runs of a query need not be looked up.
	 */
	int longestName() {
		return this.names.longest();
	}

	boolean isKnownWord(String normalisedWord) {
		return this.names.words().contains(normalisedWord);
	}

	/** Whether a published practice uses the word (folded, three letters or more). */
	boolean isCollectionWord(String foldedWord) {
		return this.names.vocabulary().contains(foldedWord);
	}

	@EventListener(ApplicationStartedEvent.class)
	void onStarted() {
		refreshInBackground();
	}

	/**
	 * While the index is built from nothing, nothing is searched, and the reading that
	 * follows the build reads the collection again: a reading meanwhile would only take
	 * the cores from the build (at 100,000 practices, a quarter of them for minutes).
	 */
	@EventListener
	void onIndexBuildStarted(SearchIndexBuildStartedEvent event) {
		if (!event.inPlace()) {
			this.indexBeingPrepared = true;
		}
	}

	@EventListener(SearchIndexRebuiltEvent.class)
	void onRebuilt() {
		this.indexBeingPrepared = false;
		refreshInBackground();
	}

	/**
	 * A practice written here adds its names to those known (reading the whole collection
	 * again after each edit would cost seconds at 100,000 practices); names no practice
	 * uses any more go at the next full reading: at start-up and after an index rebuild
	 * or catch-up, which is also when another instance's changes arrive with the Lucene
	 * backend.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onPracticeChanged(PracticeChangedEvent event) {
		this.worker.execute(() -> read(PRACTICES_SQL + " and id = ?", event.practiceId(), false));
	}

	private void refreshInBackground() {
		this.worker.readAll(this::readAll);
	}

	/**
	 * Reads the whole collection, unless the snapshot holds what a reading of it in its
	 * present state finds.
	 */
	private void readAll() {
		String state;
		try {
			state = this.reads.value(COLLECTION_STATE_SQL, String.class);
		}
		catch (DataAccessException ex) {
			logger.warn("The collection's names were not read again, PostgreSQL did not answer: {}", ex.toString());
			return;
		}
		Optional<Names> kept = this.snapshot.find(state);
		if (kept.isPresent()) {
			this.names = kept.get();
			this.miner = new Miner(this.isEnglishWord, kept.get());
			return;
		}
		if (read(PRACTICES_SQL, null, true)) {
			this.snapshot.keep(state, this.names);
		}
	}

	/**
	 * Runs on the worker thread only, so the miner is never used by two threads. Whether
	 * the reading was made.
	 */
	private boolean read(String sql, Long id, boolean anew) {
		Miner miner = anew ? new Miner(this.isEnglishWord) : this.miner;
		try {
			this.reads.stream(sql, (row) -> {
				if (anew && this.indexBeingPrepared) {
					throw new ReadingPostponed();
				}
				miner.organisations(JSON.readTree(row.getString("organisations")));
				for (JsonNode part : JSON.readTree(row.getString("parts"))) {
					miner.organisations(part.path("organisations"));
					miner.words(part.path("title").asString(""));
				}
				miner.words(row.getString("titles"));
				miner.text(row.getString("text"));
			}, (id != null) ? new Object[] { id } : new Object[0]);
			this.miner = miner;
			this.names = miner.names();
			return true;
		}
		catch (DataAccessException ex) {
			logger.warn("The collection's names were not read again, PostgreSQL did not answer: {}", ex.toString());
		}
		catch (ReadingPostponed ex) {
			// read again once the index is built
		}
		return false;
	}

	/** Stops a reading of the whole collection while the index is built from nothing. */
	private static final class ReadingPostponed extends RuntimeException {

		ReadingPostponed() {
			super(null, null, false, false);
		}

	}

	/**
	 * The mined names: each form of a name with the others, and the acronyms the
	 * collection uses.
	 */
	record Names(Map<String, Set<String>> forms, Map<String, Set<String>> namesByInitials, Set<String> acronyms,
			Set<String> words, Set<String> vocabulary, int longest) {

		static final Names NONE = new Names(Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), 0);

		List<String> group(String normalised) {
			Set<String> found = new LinkedHashSet<>(this.forms.getOrDefault(normalised, Set.of()));
			String[] words = normalised.split(" ");
			if (words.length == 1) {
				found.addAll(this.namesByInitials.getOrDefault(normalised, Set.of()));
			}
			else if (significant(words).size() >= INITIALS_MIN_WORDS) {
				String initials = initials(words);
				if (this.acronyms.contains(initials)) {
					found.add(initials);
				}
			}
			found.remove(normalised);
			if (found.isEmpty()) {
				return List.of();
			}
			List<String> group = new ArrayList<>();
			group.add(normalised);
			group.addAll(found);
			return group;
		}

	}

	/** Collects names from records, one practice at a time. */
	static final class Miner {

		private final Predicate<String> isEnglishWord;

		private final Map<String, Set<String>> forms = new HashMap<>();

		private final Map<String, Set<String>> namesByInitials = new HashMap<>();

		private final Set<String> acronyms = new HashSet<>();

		private final Set<String> multiWordNames = new HashSet<>();

		private final Set<String> vocabulary = new HashSet<>();

		/** A name of this many words at least is known: read earlier, kept since. */
		private int longestKept;

		Miner(Predicate<String> isEnglishWord) {
			this.isEnglishWord = isEnglishWord;
		}

		/**
		 * Goes on from names read earlier: what the practices changed since add to them.
		 */
		Miner(Predicate<String> isEnglishWord, Names earlier) {
			this(isEnglishWord);
			earlier.forms().forEach((form, others) -> this.forms.put(form, new LinkedHashSet<>(others)));
			earlier.namesByInitials().values().forEach(this.multiWordNames::addAll);
			this.acronyms.addAll(earlier.acronyms());
			this.vocabulary.addAll(earlier.vocabulary());
			this.longestKept = earlier.longest();
		}

		void organisations(JsonNode organisations) {
			for (JsonNode organisation : organisations) {
				String acronym = organisation.path("acronym").asString("");
				String name = organisation.path("name").asString("").replaceAll("\\s*\\([^)]*\\)\\s*$", "");
				if (!acronym.isBlank() && !name.isBlank()) {
					link(acronym, name);
				}
			}
		}

		/**
		 * Words of a text where names are not looked for (a title, every word of which is
		 * capitalised): "Caregiving" is a word of the collection though only a title has
		 * it.
		 */
		void words(String text) {
			if (text == null) {
				return;
			}
			// runs of three letters or more
			int i = 0;
			while (i < text.length()) {
				int start = i;
				int letters = 0;
				int codePoint;
				while (i < text.length() && Character.isLetter(codePoint = text.codePointAt(i))) {
					i += Character.charCount(codePoint);
					letters++;
				}
				if (letters >= 3) {
					this.vocabulary.add(TextFolding.fold(text.substring(start, i)));
				}
				if (i == start) {
					i += Character.charCount(text.codePointAt(i));
				}
			}
		}

		void text(String text) {
			if (text == null) {
				return;
			}
			Matcher name = NAME_AT_END.matcher(text);
			int after = 0;
			for (MatchResult marker : matches(ACRONYM_AFTER_NAME, text, Miner::isDashOrBracket)) {
				name.region(Math.max(after, marker.start() - NAME_WINDOW), marker.start());
				if (name.find()) {
					nameFor(name.group(1), (marker.group(1) != null) ? marker.group(1) : marker.group(2));
					after = marker.end();
				}
			}
			for (MatchResult reversed : matches(ACRONYM_THEN_NAME, text, Miner::isCapital)) {
				nameFor(reversed.group(2), reversed.group(1));
			}
			for (MatchResult acronym : matches(ANY_ACRONYM, text, Miner::isCapital)) {
				String found = Synonyms.normalise(acronym.group());
				if (found.length() >= 2 && !this.isEnglishWord.test(found)) {
					this.acronyms.add(found);
				}
			}
			for (MatchResult found : matches(ANY_NAME, text, Miner::isCapital)) {
				// "Government of India and Instituto de Pesquisa ...": any run of three
				// words or more may be the name
				String[] words = Synonyms.normalise(found.group()).split(" ");
				for (int start = 0; start < words.length; start++) {
					for (int end = start + INITIALS_MIN_WORDS; end <= words.length; end++) {
						String[] run = Arrays.copyOfRange(words, start, end);
						if (!CONNECTORS.contains(run[0]) && !CONNECTORS.contains(run[run.length - 1])
								&& significant(run).size() >= INITIALS_MIN_WORDS) {
							this.multiWordNames.add(String.join(" ", run));
						}
					}
				}
			}
			words(text);
		}

		/**
		 * What {@link Matcher#find()} finds, tried only where a match can start: a
		 * pattern without a literal start is otherwise tried at every character, which
		 * made these patterns most of the reading's time.
		 */
		private static List<MatchResult> matches(Pattern pattern, String text, IntPredicate canStart) {
			List<MatchResult> found = new ArrayList<>();
			Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			int i = 0;
			while (i < text.length()) {
				int codePoint = text.codePointAt(i);
				if (canStart.test(codePoint) && matcher.region(i, text.length()).lookingAt()) {
					found.add(matcher.toMatchResult());
					i = Math.max(matcher.end(), i + 1);
				}
				else {
					i += Character.charCount(codePoint);
				}
			}
			return found;
		}

		private static boolean isCapital(int codePoint) {
			return Character.getType(codePoint) == Character.UPPERCASE_LETTER;
		}

		private static boolean isDashOrBracket(int codePoint) {
			return codePoint == '(' || codePoint == '–' || codePoint == '—' || codePoint == '-';
		}

		/**
		 * Links an acronym with the shortest end of the capitalised words before it whose
		 * initials spell it.
		 */
		private void nameFor(String words, String acronym) {
			String[] all = Synonyms.normalise(words).split(" ");
			String wanted = Synonyms.normalise(acronym);
			for (int start = all.length - 1; start >= 0; start--) {
				String[] tail = Arrays.copyOfRange(all, start, all.length);
				if (CONNECTORS.contains(tail[0])) {
					continue;
				}
				if (initials(tail).equals(wanted)) {
					link(acronym, String.join(" ", tail));
					return;
				}
			}
		}

		private void link(String acronym, String name) {
			String a = Synonyms.normalise(acronym);
			String n = Synonyms.normalise(name);
			if (a.isEmpty() || n.isEmpty() || a.equals(n)) {
				return;
			}
			this.forms.computeIfAbsent(a, (key) -> new LinkedHashSet<>()).add(n);
			this.forms.computeIfAbsent(n, (key) -> new LinkedHashSet<>()).add(a);
		}

		Names names() {
			// a name whose initials are nowhere used as an acronym can still be asked for
			// by them ("IPEA")
			for (String name : this.multiWordNames) {
				String initials = initials(name.split(" "));
				if (!this.isEnglishWord.test(initials)) {
					this.namesByInitials.computeIfAbsent(initials, (key) -> new LinkedHashSet<>()).add(name);
				}
			}
			Set<String> words = new HashSet<>();
			int longest = 0;
			for (String form : this.forms.keySet()) {
				String[] split = form.split(" ");
				words.addAll(List.of(split));
				longest = Math.max(longest, split.length);
			}
			words.addAll(this.acronyms);
			words.addAll(this.namesByInitials.keySet());
			// a query of several words may be a name whose initials are an acronym: any
			// length up to the longest
			longest = Math.max(Math.max(longest, this.longestKept),
					this.multiWordNames.stream().mapToInt((name) -> name.split(" ").length).max().orElse(0));
			return new Names(Map.copyOf(this.forms), Map.copyOf(this.namesByInitials), Set.copyOf(this.acronyms),
					Set.copyOf(words), Set.copyOf(this.vocabulary), longest);
		}

	}

	static List<String> significant(String[] words) {
		List<String> kept = new ArrayList<>();
		for (String word : words) {
			if (!word.isEmpty() && !CONNECTORS.contains(word)) {
				kept.add(word);
			}
		}
		return kept;
	}

	static String initials(String[] words) {
		StringBuilder initials = new StringBuilder();
		for (String word : significant(words)) {
			initials.append(word.charAt(0));
		}
		return initials.toString().toLowerCase(Locale.ROOT);
	}

}
