package org.sstc.catalogue.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The curated acronyms and synonyms of {@code search/synonyms.txt} (and the full names of
 * {@code search/organisation-names.txt}), expanded both ways in the query: "OSH" becomes
 * {@code (osh | "occupational safety and health" | ...)} and "occupational safety and
 * health" the same group, so a practice that spells a term out and one that uses the
 * acronym are both found, and a multi-word synonym only matches as a phrase. A line
 * {@code a, b => a, b, c, d} expands one way only (Solr's notation): "a" and "b" find the
 * practices that name "c" or "d", as a region finds its countries, but a country does not
 * find its whole region.
 *
 * <p>
 * Beside the curated list, the same expansion takes two mechanisms that need no list: the
 * forms of the names the collection itself uses ({@link CollectionNames}), French and
 * Spanish terms ({@link QueryTranslations}: "assurance chômage" also looks for
 * "unemployment insurance"), and words run together or split apart
 * ({@link CompoundWords}: "childlabour" also looks for "child labour", "care giving" also
 * for "caregiving").
 */
@Component
public class Synonyms {

	private static final String FILE = "search/synonyms.txt";

	/**
	 * Groups of countries by the region or official language they share, generated from a
	 * country data package (see the file's header); read before the curated list, whose
	 * lines win where both name a group.
	 */
	private static final String COUNTRY_GROUPS_FILE = "search/country-groups.txt";

	/**
	 * Organisations' full names that no record spells out: expanded like the synonyms,
	 * after the names the collection spells, but never concepts of the search's meanings.
	 */
	private static final String ORGANISATION_NAMES_FILE = "search/organisation-names.txt";

	/**
	 * Two or more single letters in a row, as initials written with dots or spaces leave
	 * them.
	 */
	private static final Pattern FINAL_APOSTROPHE = Pattern.compile("'(\\s|$)");

	private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}']+");

	private static final Pattern INITIALS = Pattern
		.compile("(?<![\\p{L}\\p{N}'])\\p{L}(?: \\p{L}(?![\\p{L}\\p{N}']))+");

	/**
	 * How many words may stand between the two parts of a run-together or split word (the
	 * phrase's slop).
	 */
	private static final int COMPOUND_SLOP = 2;

	private final Map<String, List<String>> groupOfMember = new HashMap<>();

	private final Map<String, List<String>> organisationOfName = new HashMap<>();

	private final Set<String> words = new HashSet<>();

	private final List<List<String>> equivalences = new ArrayList<>();

	/** The units that groups of countries make ({@link #ranksOnly}). */
	private final Set<String> countryGroupUnits = new HashSet<>();

	private int longestMember;

	private final CollectionNames names;

	private final CompoundWords compounds;

	private final QueryTranslations translations;

	/** The curated list alone, as the unit tests use it. */
	Synonyms() {
		this(null, null, null);
	}

	@Autowired
	Synonyms(CollectionNames names, CompoundWords compounds, QueryTranslations translations) {
		this.names = names;
		this.compounds = compounds;
		this.translations = translations;
		SearchVocabularyFile.lines(COUNTRY_GROUPS_FILE)
			.forEach((line) -> this.countryGroupUnits.add(unit(addGroup(line, this.groupOfMember, true), "")));
		SearchVocabularyFile.lines(FILE).forEach((line) -> addGroup(line, this.groupOfMember, true));
		SearchVocabularyFile.lines(ORGANISATION_NAMES_FILE)
			.forEach((line) -> addGroup(line, this.organisationOfName, false));
	}

	/** Adds a line's group; returns its members as a unit expands to them. */
	private List<String> addGroup(String line, Map<String, List<String>> groups, boolean concept) {
		String[] sides = line.split("=>", 2);
		List<String> expanded = members(sides[sides.length - 1]);
		List<String> expanding = (sides.length == 2) ? members(sides[0]) : expanded;
		if (sides.length == 1 && concept) {
			this.equivalences.add(expanded);
		}
		for (String member : expanding) {
			groups.put(member, expanded);
			// a name with "de" or "y" reaches its group without them, as a query keeps it
			String asTerms = QueryText.asTerms(member);
			if (!asTerms.isEmpty()) {
				groups.putIfAbsent(asTerms, expanded);
			}
			this.longestMember = Math.max(this.longestMember, asTerms.split(" ").length);
		}
		expanded.forEach((member) -> this.words.addAll(List.of(member.split(" "))));
		expanding.forEach((member) -> this.words.addAll(List.of(member.split(" "))));
		return expanded;
	}

	private static List<String> members(String list) {
		return Arrays.stream(list.split(","))
			.map(Synonyms::normalise)
			.filter((member) -> !member.isEmpty())
			.distinct()
			.toList();
	}

	/**
	 * The curated lines whose terms are equivalent (expanded both ways): the concepts the
	 * list names, each with its members.
	 */
	List<List<String>> equivalences() {
		return List.copyOf(this.equivalences);
	}

	/**
	 * Whether a word appears in the list: such a word is never "corrected" as a
	 * misspelling.
	 */
	public boolean isKnownWord(String word) {
		String normalised = normalise(word);
		return this.words.contains(normalised) || (this.names != null && this.names.isKnownWord(normalised))
				|| (this.compounds != null && !this.compounds.forms(normalised).isEmpty())
				|| (this.translations != null && this.translations.isKnownWord(normalised));
	}

	/**
	 * Expands the terms of a query (words, quoted phrases, prefixes, in
	 * simple-query-string syntax) into one simple query string in which every run of
	 * words that is a synonym list member is replaced by its whole group.
	 */
	public String expand(List<String> terms) {
		return String.join(" ", groups(terms));
	}

	/**
	 * The terms of a query as the units a search requires: each term alone, except that
	 * every run of terms that is a synonym list member becomes one unit, its whole group,
	 * e.g. {@code (osh | "occupational safety and health")}.
	 */
	public List<String> groups(List<String> terms) {
		List<String> out = new ArrayList<>();
		int longest = Math.max(this.longestMember, (this.names != null) ? this.names.longestName() : 0);
		longest = Math.max(longest, (this.translations != null) ? this.translations.longestTerm() : 0);
		int i = 0;
		while (i < terms.size()) {
			int matched = 0;
			String group = null;
			for (int length = 1; i + length <= terms.size(); length++) {
				List<String> window = terms.subList(i, i + length);
				if (window.stream().anyMatch((term) -> term.endsWith("*"))) {
					break;
				}
				String joined = window.stream().map((term) -> term.replace("\"", "")).collect(Collectors.joining(" "));
				if (joined.split(" ").length > longest) {
					break;
				}
				String found = unitOf(normalise(joined));
				if (found != null) {
					matched = length;
					group = found;
				}
			}
			if (group != null) {
				out.add(group);
				i += matched;
			}
			else {
				out.add(QueryText.isHyphenated(terms.get(i)) ? hyphenated(terms.get(i)) : terms.get(i));
				i++;
			}
		}
		return out;
	}

	/**
	 * A hyphenated word that makes no unit as a whole: the phrase; also the word its
	 * parts make together, when that is a word ("co-operation" finds "cooperation"); and,
	 * when any of its parts makes a unit of its own, its parts anywhere in the practice,
	 * each as its unit ("Pakistani-Brazilian" finds the practice of Pakistan and Brazil,
	 * which no practice writes so). Otherwise such words found nothing.
	 */
	private String hyphenated(String term) {
		List<String> parts = List.of(term.substring(1, term.length() - 1).split("-+"));
		List<String> forms = new ArrayList<>();
		forms.add("\"" + String.join(" ", parts) + "\"");
		if (this.compounds != null) {
			this.compounds.joined(parts).ifPresent(forms::add);
		}
		List<String> units = parts.stream().map((part) -> {
			String unit = unitOf(normalise(part));
			return (unit != null) ? unit : part;
		}).toList();
		if (!units.equals(parts)) {
			forms.add("(" + String.join(" ", units) + ")");
		}
		return (forms.size() == 1) ? forms.get(0) : forms.stream().collect(Collectors.joining(" | ", "(", ")"));
	}

	/**
	 * Whether a unit is a group of countries ("francophone", "West Africa"): beside other
	 * words, it ranks the practices of its countries first rather than limiting the
	 * results to them. A practice that names one of thirty countries is no more about
	 * "francophone Africa social protection" than one that does not: made a unit like the
	 * others, such a group let practices with any African country name and "Africa", but
	 * no social protection, among those with most of the words.
	 */
	boolean ranksOnly(String unit) {
		return this.countryGroupUnits.contains(unit);
	}

	/**
	 * The curated group of a run of words, else the collection's forms of a name, else
	 * the organisation it names, else its English terms when it is French or Spanish,
	 * else its compound forms: the unit a run of words makes, in simple-query-string
	 * syntax, or null when it makes none.
	 */
	private String unitOf(String normalised) {
		List<String> found = groupOf(normalised);
		if (found != null) {
			return unit(found, "");
		}
		List<String> compound = (this.compounds != null) ? this.compounds.forms(normalised) : List.of();
		// the words apart are searched near each other rather than side by side
		// ("labourstatistics" finds "labour market statistics"); the nearer, the higher
		// the practice ranks
		return compound.isEmpty() ? null : unit(compound, "~" + COMPOUND_SLOP);
	}

	/**
	 * Members as one unit: either of them, each of several words a phrase followed by
	 * {@code slop}.
	 */
	private static String unit(List<String> members, String slop) {
		return members.stream()
			.map((member) -> member.contains(" ") ? "\"" + member + "\"" + slop : member)
			.collect(Collectors.joining(" | ", "(", ")"));
	}

	/** The members of a run of words' group, compounds aside. */
	private List<String> groupOf(String normalised) {
		List<String> found = this.groupOfMember.get(normalised);
		if (found == null && this.names != null) {
			List<String> named = this.names.group(normalised);
			found = named.isEmpty() ? null : named;
		}
		if (found == null) {
			found = this.organisationOfName.get(normalised);
		}
		if (found == null && this.translations != null) {
			List<String> translated = this.translations.forms(normalised);
			found = translated.isEmpty() ? null : translated;
		}
		return found;
	}

	/**
	 * Lower case, accents and punctuation removed, hyphens as spaces, initials joined
	 * ("G.C.C." is "gcc"): how members and query words are compared.
	 */
	static String normalise(String text) {
		if (isPlainWords(text)) {
			return text;
		}
		String words = NOT_WORDS.matcher(FINAL_APOSTROPHE.matcher(TextFolding.fold(text)).replaceAll("$1"))
			.replaceAll(" ")
			.strip();
		return INITIALS.matcher(words).replaceAll((initials) -> initials.group().replace(" ", ""));
	}

	/**
	 * Whether a text is already as {@link #normalise} makes it, in the common case that
	 * needs none of its patterns: lower-case ASCII letters and digits, words of two or
	 * more, one space apart. A query's runs of words are normalised by the hundred.
	 */
	private static boolean isPlainWords(String text) {
		int wordLength = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				if (wordLength < 2) {
					return false;
				}
				wordLength = 0;
			}
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				wordLength++;
			}
			else {
				return false;
			}
		}
		return wordLength >= 2;
	}

}
