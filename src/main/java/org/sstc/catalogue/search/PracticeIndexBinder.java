package org.sstc.catalogue.search;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFinalStep;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.sstc.catalogue.practice.Countries;
import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.FundingSource;
import org.sstc.catalogue.practice.Organisation;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.VocabularyTerm;

/**
 * Writes a practice into its search document: the text of every field (Markdown removed,
 * parts included), the codes the facets count, and the keys for sorting, suggestions and
 * staleness checks. A bridge rather than annotations, so that the practice entity knows
 * nothing of search.
 */
class PracticeIndexBinder implements TypeBinder {

	/**
	 * The version of the document this binder writes. Change it whenever the document
	 * changes, so that indexes written by an older version are found stale and rebuilt at
	 * start-up.
	 */
	static final String DOCUMENT_VERSION = "12";

	private static final List<String> DEPENDENCIES = List.of("number", "status", "shortTitle", "body", "region",
			"regionAsWritten", "imageCaptions", "themes", "modalities", "parts", "updatedAt", "compendium.code");

	@Override
	public void bind(TypeBindingContext context) {
		DEPENDENCIES.forEach(context.dependencies()::use);
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldTypeFactory types = context.typeFactory();

		// stored, so that a hit's snippets come from the index with it (Snippets)
		IndexFieldTypeFinalStep<String> text = types.asString()
			.analyzer(SearchAnalyzers.ENGLISH)
			.projectable(Projectable.YES);
		IndexFieldTypeFinalStep<String> facet = types.asString()
			.aggregable(Aggregable.YES)
			.projectable(Projectable.YES);

		Map<String, IndexFieldReference<String>> texts = new HashMap<>();
		for (String field : PracticeFields.HIGHLIGHTED) {
			texts.put(field, schema.field(field, text).multiValued().toReference());
		}
		Map<String, IndexFieldReference<String>> facets = new HashMap<>();
		for (String field : List.of(PracticeFields.REGION_CODE, PracticeFields.THEME_CODE, PracticeFields.COUNTRY_CODE,
				PracticeFields.COUNTRY_REGION_CODE, PracticeFields.ORGANISATION_KEY, PracticeFields.MODALITY_CODE,
				PracticeFields.FUNDING_CODE, PracticeFields.COMPENDIUM_CODE)) {
			facets.put(field, schema.field(field, facet).multiValued().toReference());
		}
		Fields fields = new Fields(texts, facets, schema.field(PracticeFields.STATUS, types.asString()).toReference(),
				schema.field(PracticeFields.DOCUMENT_VERSION, types.asString()).toReference(),
				schema
					.field(PracticeFields.NUMBER, types.asInteger().sortable(Sortable.YES).projectable(Projectable.YES))
					.toReference(),
				schema
					.field(PracticeFields.TITLE_SORT,
							types.asString()
								.normalizer(SearchAnalyzers.SORT)
								.sortable(Sortable.YES)
								.searchable(Searchable.NO))
					.toReference(),
				schema.field(PracticeFields.UPDATED_AT,
						types.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
					.toReference(),
				schema.field(PracticeFields.SPELLING, types.asString().analyzer(SearchAnalyzers.SPELLING))
					.multiValued()
					.toReference(),
				schema
					.field(PracticeFields.TITLE_AUTOCOMPLETE,
							types.asString()
								.analyzer(SearchAnalyzers.AUTOCOMPLETE)
								.searchAnalyzer(SearchAnalyzers.AUTOCOMPLETE_SEARCH))
					.toReference(),
				schema.field(PracticeFields.SUMMARY,
						types.asString().searchable(Searchable.NO).projectable(Projectable.YES))
					.toReference());
		context.bridge(Practice.class, new Bridge(fields));
	}

	private record Fields(Map<String, IndexFieldReference<String>> texts,
			Map<String, IndexFieldReference<String>> facets, IndexFieldReference<String> status,
			IndexFieldReference<String> documentVersion, IndexFieldReference<Integer> number,
			IndexFieldReference<String> titleSort, IndexFieldReference<Instant> updatedAt,
			IndexFieldReference<String> spelling, IndexFieldReference<String> titleAutocomplete,
			IndexFieldReference<String> summary) {
	}

	private static final class Bridge implements TypeBridge<Practice> {

		private final Fields fields;

		Bridge(Fields fields) {
			this.fields = fields;
		}

		@Override
		public void write(DocumentElement target, Practice practice, TypeBridgeWriteContext context) {
			target.addValue(this.fields.status(), practice.getStatus().name());
			target.addValue(this.fields.documentVersion(), DOCUMENT_VERSION);
			target.addValue(this.fields.number(), practice.getNumber());
			target.addValue(this.fields.titleSort(), practice.getShortTitle());
			target.addValue(this.fields.updatedAt(), practice.getUpdatedAt());
			target.addValue(this.fields.titleAutocomplete(), practice.getShortTitle());
			target.addValue(this.fields.summary(), PracticeSummary.of(practice).toJson());

			CharArraySet seen = new CharArraySet(1024, false);
			StringBuilder words = new StringBuilder();
			for (Map.Entry<String, List<String>> entry : PracticeText.of(practice).entrySet()) {
				IndexFieldReference<String> field = this.fields.texts().get(entry.getKey());
				for (String value : entry.getValue()) {
					if (value != null && !value.isBlank()) {
						target.addValue(field, value);
						addWords(value, seen, words);
					}
				}
			}
			// each word once: spelling and fuzzy matching need the vocabulary, not the
			// text (half the indexing work)
			target.addValue(this.fields.spelling(), words.toString());
			for (Map.Entry<String, List<String>> entry : facetValues(practice).entrySet()) {
				IndexFieldReference<String> field = this.fields.facets().get(entry.getKey());
				entry.getValue().stream().distinct().forEach((value) -> target.addValue(field, value));
			}
		}

		/**
		 * The words of a text, as runs of letters and digits, each added once as written.
		 * A word already seen is found in place, without making a string of it.
		 */
		private static void addWords(String text, CharArraySet seen, StringBuilder words) {
			char[] chars = text.toCharArray();
			int i = 0;
			while (i < chars.length) {
				if (!Character.isLetterOrDigit(chars[i])) {
					i++;
					continue;
				}
				int start = i;
				while (i < chars.length && Character.isLetterOrDigit(chars[i])) {
					i++;
				}
				if (seen.contains(chars, start, i - start)) {
					continue;
				}
				String word = new String(chars, start, i - start);
				seen.add(word);
				words.append(' ').append(word);
			}
		}

		private static Map<String, List<String>> facetValues(Practice practice) {
			return Map.of(PracticeFields.REGION_CODE, List.of(practice.getRegion().code()), PracticeFields.THEME_CODE,
					codes(practice.getThemes()), PracticeFields.COUNTRY_CODE,
					practice.allCountries().stream().map(CountryRef::code).toList(), PracticeFields.COUNTRY_REGION_CODE,
					practice.allCountries()
						.stream()
						.flatMap((country) -> Countries.region(country.code()).stream())
						.map(Region::code)
						.distinct()
						.toList(),
					PracticeFields.ORGANISATION_KEY,
					practice.allOrganisations().stream().map(Organisation::key).toList(), PracticeFields.MODALITY_CODE,
					codes(practice.getModalities()), PracticeFields.FUNDING_CODE,
					PracticeText.allFundingSources(practice).map(FundingSource::code).toList(),
					PracticeFields.COMPENDIUM_CODE, List.of(practice.getCompendium().getCode()));
		}

		private static List<String> codes(Collection<? extends VocabularyTerm> terms) {
			return terms.stream().map(VocabularyTerm::code).toList();
		}

	}

}
