package org.sstc.catalogue.contribution;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeSection;

import org.springframework.context.MessageSource;

/**
 * Which section a row of a filled template belongs to, from the words of its label: the
 * labels of our own template in every language the catalogue speaks, and the labels of
 * the older templates the compendium was collected with, which changed from one office to
 * the next ("South-South Objective (s)", "Objective(s)", "Objectives"; "Funds Explain the
 * origin of the funds…"). Case, accents, punctuation, numbering and a guidance text after
 * the label do not matter.
 */
final class TemplateDocumentLabels {

	/** The languages of the message bundles, whose labels a template may be in. */
	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

	/**
	 * Words of the compendium's labels that name the programme rather than the row: left
	 * out before the keywords are looked for, so that "Title of South-South and
	 * triangular cooperation (SSTC) good practice" is a title, not cooperation.
	 * "South-South" alone goes, and "cooperation" after it stays ("South-South
	 * Cooperation between institutions and countries").
	 */
	private static final Pattern PROGRAMME = Pattern.compile(
			"\\b(south south( and)? triangular cooperation|triangular cooperation|south south|sud sud|sur sur|sstc|cssst|csst|good practice|best practice|bonne pratique|buena practica)s?\\b");

	private static final Pattern NUMBERING = Pattern
		.compile("^\\s*(\\(?(\\d+|[ivx]+|[a-z])[.)]|\\d+(\\.\\d+)*|#\\d+)\\s+");

	/**
	 * Keywords of a label, in English, French and Spanish, and the section each names.
	 * When a label holds several, the one that comes first in it wins ("Funds: explain
	 * the origin of the funds and cooperation of other partners" is funding); on a tie,
	 * the first here.
	 */
	private static final Map<Pattern, String> KEYWORDS = keywords();

	private final Map<String, PracticeSection> exact;

	TemplateDocumentLabels(MessageSource messages) {
		Map<String, PracticeSection> labels = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (Locale language : LANGUAGES) {
			for (PracticeSection section : PracticeBody.SECTIONS) {
				String label = normalise(messages.getMessage(section.messageKey(), null, section.name(), language));
				PracticeSection known = labels.putIfAbsent(label, section);
				if (known != null && known != section) {
					ambiguous.add(label);
				}
			}
		}
		ambiguous.forEach(labels::remove);
		this.exact = Map.copyOf(labels);
	}

	/**
	 * The section a label names, or null. {@code label} is the label cell's first
	 * paragraph, {@code whole} the whole cell (the label with its guidance).
	 */
	PracticeSection sectionOf(String label, String whole) {
		String first = normalise(label);
		String all = normalise(whole);
		if (first.isEmpty() && all.isEmpty()) {
			return null;
		}
		PracticeSection section = this.exact.get(first);
		if (section == null) {
			section = this.exact.get(all);
		}
		if (section == null) {
			section = longestLabelStarting(all);
		}
		if (section == null) {
			section = byKeyword(first);
		}
		if (section == null) {
			section = byKeyword(all);
		}
		return section;
	}

	private PracticeSection longestLabelStarting(String text) {
		PracticeSection found = null;
		int length = 0;
		for (Map.Entry<String, PracticeSection> label : this.exact.entrySet()) {
			String words = label.getKey();
			if (words.length() > length && !words.isEmpty() && (text.equals(words) || text.startsWith(words + " "))) {
				found = label.getValue();
				length = words.length();
			}
		}
		return found;
	}

	private static PracticeSection byKeyword(String label) {
		String words = PROGRAMME.matcher(label).replaceAll(" ");
		String found = null;
		int at = Integer.MAX_VALUE;
		for (Map.Entry<Pattern, String> keyword : KEYWORDS.entrySet()) {
			Matcher matcher = keyword.getKey().matcher(words);
			if (matcher.find() && matcher.start() < at) {
				found = keyword.getValue();
				at = matcher.start();
			}
		}
		return (found != null) ? section(found) : null;
	}

	private static PracticeSection section(String name) {
		return PracticeBody.SECTIONS.stream()
			.filter((section) -> section.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No section " + name));
	}

	/**
	 * Lower case, without accents, numbering or punctuation, words separated by one
	 * space.
	 */
	static String normalise(String label) {
		if (label == null) {
			return "";
		}
		String text = Normalizer.normalize(label, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replace('’', '\'');
		text = NUMBERING.matcher(text).replaceFirst("");
		text = text.replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return NUMBERING.matcher(text).replaceFirst("").strip();
	}

	private static Map<Pattern, String> keywords() {
		Map<String, String> words = new LinkedHashMap<>();
		words.put("titles?|titre|titulo|name of the (initiative|project|practice)", "title");
		words.put("authors?|participants?|auteurs?|autor(es|a)?|submitted by|prepared by", "authors");
		words.put("contacts?|contact details|coordonnees|datos de contacto", "contactDetails");
		words.put("cooperation|cooperacion|partners?|partenaires?|socios", "cooperation");
		words.put("institutions?|instituciones|institucion", "institutions");
		words.put("countr(y|ies)|pays|pais(es)?", "countriesInvolved");
		words.put("organi[sz]ations?|organismes?|organizaciones", "organisations");
		words.put("objectives?|objective s|objectifs?|objetivos?|aims?|goals?", "objectives");
		words.put(
				"peer learning|methodolog\\w*|effectiveness|efficiency|efficacite|eficacia|apprentissage entre pairs|aprendizaje entre pares",
				"peerLearning");
		words.put("innovation\\w*|innovative|innovacion\\w*|innovante?s?", "innovation");
		words.put("sustainab\\w*|durabilite|durable|sostenib\\w*", "sustainability");
		words.put("adaptab\\w*|replica\\w*|reproductib\\w*|transferab\\w*", "adaptability");
		words.put("results?|resultats?|resultados?|outcomes?|impact", "results");
		words.put("funds?|funding|financ\\w*|budget|presupuesto", "funding");
		words.put("materials?|materiel\\w*|materiales|web links?|weblinks?|links?|liens?|enlaces|photos?|fotos?",
				"materials");
		Map<Pattern, String> patterns = new LinkedHashMap<>();
		words.forEach((regex, section) -> patterns.put(Pattern.compile("\\b(" + regex + ")\\b"), section));
		return patterns;
	}

}
