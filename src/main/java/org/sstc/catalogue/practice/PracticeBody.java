package org.sstc.catalogue.practice;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import static org.sstc.catalogue.practice.PracticeSection.Kind.CONTACTS;
import static org.sstc.catalogue.practice.PracticeSection.Kind.COUNTRIES;
import static org.sstc.catalogue.practice.PracticeSection.Kind.FUNDING_SOURCES;
import static org.sstc.catalogue.practice.PracticeSection.Kind.LINE;
import static org.sstc.catalogue.practice.PracticeSection.Kind.LINKS;
import static org.sstc.catalogue.practice.PracticeSection.Kind.MARKDOWN;
import static org.sstc.catalogue.practice.PracticeSection.Kind.ORGANISATIONS;
import static org.sstc.catalogue.practice.SectionBlock.OVERVIEW;

/**
 * What a practice says, and what each part of a practice in parts says: its sections, in
 * the compendium's order.
 *
 * <p>
 * The components of this record are the sections, and the only place they are listed.
 * Each one is, under its name, a column of the {@code practice} table and of its history
 * ({@code peerLearning} in {@code peer_learning}), a key of the curated files, of the
 * JSON API and of a part's JSON, a field of the admin form, a block of the public page, a
 * row of the history's differences, and text for the search index; {@link Section} says
 * what kind of value it holds and where the page shows it. A new section needs a
 * component here, its column in a migration (in {@code practice_aud} too), and its label
 * {@code field.<name>} in the message bundles.
 */
@Embeddable
public record PracticeBody(@Section(value = LINE, block = OVERVIEW, required = true) String title,
		@Section(value = LINE, block = OVERVIEW) String authors,
		@Section(value = LINE, block = OVERVIEW) String institutions,
		@Section(value = MARKDOWN, block = OVERVIEW) String countriesInvolved,
		@Section(value = COUNTRIES, block = OVERVIEW) @JdbcTypeCode(SqlTypes.JSON) List<CountryRef> countries,
		@Section(value = ORGANISATIONS, block = OVERVIEW) @JdbcTypeCode(SqlTypes.JSON) List<Organisation> organisations,
		@Section(MARKDOWN) String objectives, @Section(MARKDOWN) String cooperation,
		@Section(MARKDOWN) String peerLearning, @Section(MARKDOWN) String innovation,
		@Section(MARKDOWN) String sustainability, @Section(MARKDOWN) String adaptability,
		@Section(MARKDOWN) String results, @Section(value = MARKDOWN, block = "contacts") String contactDetails,
		@Section(value = CONTACTS, block = "contacts") @JdbcTypeCode(SqlTypes.JSON) List<Contact> contacts,
		@Section(value = MARKDOWN, block = "funding") String funding,
		@Section(value = FUNDING_SOURCES,
				block = "funding") @JdbcTypeCode(SqlTypes.JSON) List<FundingSource> fundingSources,
		@Section(value = MARKDOWN, block = "materials") String materials,
		@Section(value = LINKS, block = "materials") @JdbcTypeCode(SqlTypes.JSON) List<WebLink> links) {

	/** Every section, in the order of the components. */
	public static final List<PracticeSection> SECTIONS = Arrays.stream(PracticeBody.class.getRecordComponents())
		.map(PracticeBody::section)
		.toList();

	/** The sections grouped as the page and the admin form show them, in order. */
	public static final List<SectionBlock> BLOCKS = blocks();

	/** The blocks below the overview: the narrative, contacts, funding and materials. */
	public static final List<SectionBlock> NARRATIVE = BLOCKS.stream()
		.filter((block) -> !block.id().equals(OVERVIEW))
		.toList();

	/**
	 * The narrative's Markdown sections: those a practice may lack in the source, and
	 * that staff can list as missing.
	 */
	public static final List<PracticeSection> NARRATIVE_TEXTS = NARRATIVE.stream()
		.flatMap((block) -> block.sections().stream())
		.filter((section) -> section.kind() == MARKDOWN)
		.toList();

	private static final Constructor<PracticeBody> CONSTRUCTOR = canonicalConstructor();

	/** A body that says nothing, as the top of a practice in parts has but its title. */
	public static final PracticeBody EMPTY = of((section) -> null);

	/**
	 * The body, or {@link #EMPTY} for none (Hibernate gives an embedded value whose
	 * columns are all null as null).
	 */
	public static PracticeBody orEmpty(PracticeBody body) {
		return (body != null) ? body : EMPTY;
	}

	public PracticeBody {
		countries = nullToEmpty(countries);
		organisations = nullToEmpty(organisations);
		contacts = nullToEmpty(contacts);
		fundingSources = nullToEmpty(fundingSources);
		links = nullToEmpty(links);
	}

	/**
	 * A body with each section's value as given: a string or null for text, a list (or
	 * null) for rows.
	 */
	public static PracticeBody of(Function<PracticeSection, ?> value) {
		Object[] values = SECTIONS.stream().map(value).toArray();
		try {
			return CONSTRUCTOR.newInstance(values);
		}
		catch (InvocationTargetException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : new IllegalStateException(ex);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot make a practice body", ex);
		}
	}

	private static PracticeSection section(RecordComponent component) {
		Section declared = component.getAnnotation(Section.class);
		if (declared == null) {
			throw new IllegalStateException(component.getName() + " is not declared as a @Section");
		}
		return new PracticeSection(component.getName(), declared.value(), declared.block(), declared.required(),
				component);
	}

	private static List<SectionBlock> blocks() {
		List<SectionBlock> blocks = new ArrayList<>();
		List<PracticeSection> current = new ArrayList<>();
		for (PracticeSection section : SECTIONS) {
			if (!current.isEmpty() && (section.block().isEmpty() || !section.block().equals(current.get(0).block()))) {
				blocks.add(block(current));
				current = new ArrayList<>();
			}
			current.add(section);
		}
		blocks.add(block(current));
		return List.copyOf(blocks);
	}

	private static SectionBlock block(List<PracticeSection> sections) {
		PracticeSection first = sections.get(0);
		return first.block().isEmpty() ? new SectionBlock(first.name(), first.messageKey(), sections)
				: new SectionBlock(first.block(), "detail." + first.block(), sections);
	}

	private static Constructor<PracticeBody> canonicalConstructor() {
		Class<?>[] types = Arrays.stream(PracticeBody.class.getRecordComponents())
			.map(RecordComponent::getType)
			.toArray(Class<?>[]::new);
		try {
			return PracticeBody.class.getDeclaredConstructor(types);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T> List<T> nullToEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
