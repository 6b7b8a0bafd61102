package org.sstc.catalogue.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The declaration of a practice's sections, checked against everything that must agree
 * with it without an application: the record's components, the schema's columns, the
 * message bundles, and the JSON and YAML shapes.
 */
@Tag("unit")
class PracticeBodyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theSectionsAreTheRecordsComponentsInOrderEachOfTheTypeItsKindHolds() {
		assertThat(PracticeBody.SECTIONS).extracting(PracticeSection::name)
			.containsExactly(Arrays.stream(PracticeBody.class.getRecordComponents())
				.map(RecordComponent::getName)
				.toArray(String[]::new));
		for (PracticeSection section : PracticeBody.SECTIONS) {
			if (section.kind().isText()) {
				assertThat(section.component().getType()).as(section.name()).isEqualTo(String.class);
			}
			else {
				assertThat(section.component().getType()).as(section.name()).isEqualTo(List.class);
				assertThat(((ParameterizedType) section.component().getGenericType()).getActualTypeArguments()[0])
					.as(section.name())
					.isEqualTo(section.kind().valueType());
			}
		}
	}

	@Test
	void theNarrativeIsInTheCompendiumsOrderWithListsBesideTheSourcesWords() {
		assertThat(PracticeBody.NARRATIVE).extracting(SectionBlock::id)
			.containsExactly("objectives", "cooperation", "peerLearning", "innovation", "sustainability",
					"adaptability", "results", "contacts", "funding", "materials");
		assertThat(PracticeBody.NARRATIVE).extracting(SectionBlock::headingKey)
			.containsExactly("field.objectives", "field.cooperation", "field.peerLearning", "field.innovation",
					"field.sustainability", "field.adaptability", "field.results", "detail.contacts", "detail.funding",
					"detail.materials");
		assertThat(PracticeBody.BLOCKS.get(0).id()).isEqualTo(SectionBlock.OVERVIEW);
		assertThat(PracticeBody.BLOCKS.get(0).sections()).extracting(PracticeSection::name)
			.containsExactly("title", "authors", "institutions", "countriesInvolved", "countries", "organisations");
		assertThat(PracticeBody.NARRATIVE_TEXTS).extracting(PracticeSection::name)
			.containsExactly("objectives", "cooperation", "peerLearning", "innovation", "sustainability",
					"adaptability", "results", "contactDetails", "funding", "materials");
		assertThat(PracticeBody.BLOCKS.stream().flatMap((block) -> block.sections().stream()))
			.containsExactlyElementsOf(PracticeBody.SECTIONS);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "V1__create_catalogue_schema.sql", "V3__accounts_and_revision_history.sql" })
	void everySectionHasItsColumnInThePracticeTableAndItsHistory(String migration) {
		String table = migration.startsWith("V1") ? "practice" : "practice_aud";
		String sql = read("/db/migration/" + migration);
		Matcher create = Pattern.compile("create table " + table + " \\((.*?)\\n\\);", Pattern.DOTALL).matcher(sql);
		assertThat(create.find()).as("create table %s in %s", table, migration).isTrue();
		for (PracticeSection section : PracticeBody.SECTIONS) {
			String type = section.kind().isText() ? "text" : "jsonb";
			assertThat(create.group(1)).as(section.name())
				.containsPattern("(?m)^\\s+" + section.column() + "\\s+" + type + "\\b");
		}
	}

	@ParameterizedTest(name = "messages{0}")
	@ValueSource(strings = { "", "_fr", "_es" })
	void everySectionAndBlockHasItsLabelInEveryLanguage(String suffix) {
		Properties messages = new Properties();
		try (InputStream in = PracticeBodyTests.class.getResourceAsStream("/messages" + suffix + ".properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		PracticeBody.SECTIONS.forEach((section) -> assertThat(messages).containsKey(section.messageKey()));
		PracticeBody.BLOCKS.forEach((block) -> assertThat(messages).containsKey(block.headingKey()));
	}

	@Test
	void aPartsJsonHasItsLabelAndEverySectionAtTheTopLevelAndReadsBackEqual() {
		PracticePart part = new PracticePart("Part I", everySectionGiven());
		JsonNode json = JSON.valueToTree(part);
		assertThat(json.propertyNames()).containsExactlyInAnyOrderElementsOf(
				Stream.concat(Stream.of("label"), PracticeBody.SECTIONS.stream().map(PracticeSection::name)).toList());
		assertThat(JSON.treeToValue(json, PracticePart.class)).isEqualTo(part);
		ObjectMapper jackson2 = new ObjectMapper();
		assertThat(jackson2.convertValue(jackson2.valueToTree(part), PracticePart.class))
			.as("through Jackson 2, as Hibernate stores the parts column")
			.isEqualTo(part);
	}

	@Test
	void aCuratedFileWithAMisspeltSectionIsRefused() {
		YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		String file = "number: 1\nregionInferred: false\ntitle: A title\nobjectives: To test.\n";
		assertThat(yaml.readValue(file, PracticeContent.class).body())
			.isEqualTo(PracticeBody.of((section) -> switch (section.name()) {
				case "title" -> "A title";
				case "objectives" -> "To test.";
				default -> null;
			}));
		assertThatThrownBy(() -> yaml.readValue(file.replace("objectives", "objectivs"), PracticeContent.class))
			.isInstanceOf(JacksonException.class)
			.hasMessageContaining("objectivs");
	}

	@Test
	void aBodyIsMadeFromEachSectionsValueAndGivesThemBack() {
		PracticeBody body = everySectionGiven();
		PracticeBody.SECTIONS.forEach((section) -> assertThat(section.isEmptyIn(body)).as(section.name()).isFalse());
		assertThat(PracticeBody.of((section) -> section.value(body))).isEqualTo(body);
		assertThat(PracticeBody.EMPTY.countries()).isEmpty();
		PracticeBody.SECTIONS
			.forEach((section) -> assertThat(section.isEmptyIn(PracticeBody.EMPTY)).as(section.name()).isTrue());
		assertThat(PracticeBody.SECTIONS).filteredOn((section) -> section.name().equals("peerLearning"))
			.singleElement()
			.satisfies((section) -> assertThat(section.column()).isEqualTo("peer_learning"));
	}

	/** A body in which every section has a value of its own, named after the section. */
	static PracticeBody everySectionGiven() {
		return PracticeBody.of((section) -> switch (section.kind()) {
			case LINE, MARKDOWN -> "The " + section.name() + " of a test";
			case COUNTRIES -> List.of(new CountryRef("BR", "Brazil", false));
			case ORGANISATIONS -> List.of(new Organisation("ILO", "International Labour Organization"));
			case CONTACTS -> List.of(new Contact("A. Person", "Officer", "ILO", "person@ilo.org", null));
			case FUNDING_SOURCES -> List.of(new FundingSource("rbtc", "ILO Regular Budget"));
			case LINKS -> List.of(new WebLink("A report", "https://www.ilo.org/report"));
		});
	}

	private static String read(String resource) {
		try (InputStream in = PracticeBodyTests.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
