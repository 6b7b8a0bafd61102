package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The queries of the five judged relevance sets, in their files' order: a sample of what
 * people search for, for tests that compare two ways of searching.
 */
final class JudgedQueries {

	private static final Pattern QUERY = Pattern.compile("(?m)^- query: (.+)$");

	private static final List<String> SETS = List.of("relevance-judgments.yml", "relevance-judgments-second-reader.yml",
			"relevance-judgments-third-reader.yml", "relevance-judgments-fourth-reader.yml",
			"relevance-judgments-fifth-reader.yml");

	private JudgedQueries() {
	}

	static List<String> all() throws IOException {
		List<String> queries = new ArrayList<>();
		for (String set : SETS) {
			try (InputStream in = JudgedQueries.class.getResourceAsStream("/search/" + set)) {
				Matcher matcher = QUERY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				while (matcher.find()) {
					queries.add(matcher.group(1).strip().replaceAll("^[\"']|[\"']$", ""));
				}
			}
		}
		return queries;
	}

}
