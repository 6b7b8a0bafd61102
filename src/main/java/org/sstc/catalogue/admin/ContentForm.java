package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.sstc.catalogue.practice.Contact;
import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.FundingSource;
import org.sstc.catalogue.practice.Organisation;
import org.sstc.catalogue.practice.PracticeSection;
import org.sstc.catalogue.practice.WebLink;

/**
 * The sections a practice and each of its parts share, as the admin form edits them: the
 * text sections by name (bound as {@code text[objectives]}), and the rows of each kind of
 * structured section in a list named after the section ({@code countries[0].code}).
 */
@ValidSections
public class ContentForm {

	/** The longest one-line text. */
	static final int MAX_LINE = 500;

	/** The longest Markdown text. */
	static final int MAX_TEXT = 50_000;

	private Map<String, String> text = new HashMap<>();

	@Valid
	private List<CountryRow> countries = new ArrayList<>();

	@Valid
	private List<OrganisationRow> organisations = new ArrayList<>();

	@Valid
	private List<ContactRow> contacts = new ArrayList<>();

	@Valid
	private List<FundingRow> fundingSources = new ArrayList<>();

	@Valid
	private List<LinkRow> links = new ArrayList<>();

	/**
	 * Whether the required sections must be given: always for a practice; for a part,
	 * once it is filled in.
	 */
	boolean requiresSections() {
		return true;
	}

	/**
	 * The rows of a structured section, spare empty ones included: what the form shows.
	 */
	/**
	 * What the form says of a text section: a line without surrounding spaces, Markdown
	 * with its line ends made even and trailing spaces removed; null when left empty.
	 */
	protected String textOf(PracticeSection section) {
		String value = this.text.get(section.name());
		return (section.kind() == PracticeSection.Kind.MARKDOWN) ? PracticeForms.markdown(value)
				: PracticeForms.text(value);
	}

	public List<? extends FormRow> rows(PracticeSection section) {
		return switch (section.kind()) {
			case COUNTRIES -> this.countries;
			case ORGANISATIONS -> this.organisations;
			case CONTACTS -> this.contacts;
			case FUNDING_SOURCES -> this.fundingSources;
			case LINKS -> this.links;
			case LINE, MARKDOWN -> throw new IllegalArgumentException(section.name() + " is text");
		};
	}

	/** The values of a structured section's filled rows. */
	List<?> values(PracticeSection section) {
		return switch (section.kind()) {
			case COUNTRIES -> filled(this.countries, CountryRow::value);
			case ORGANISATIONS -> filled(this.organisations, OrganisationRow::value);
			case CONTACTS -> filled(this.contacts, ContactRow::value);
			case FUNDING_SOURCES -> filled(this.fundingSources, FundingRow::value);
			case LINKS -> filled(this.links, LinkRow::value);
			case LINE, MARKDOWN -> throw new IllegalArgumentException(section.name() + " is text");
		};
	}

	/** One row for each value of a structured section. */
	void setValues(PracticeSection section, List<?> values) {
		switch (section.kind()) {
			case COUNTRIES -> this.countries = rows(values, CountryRef.class, CountryRow::of);
			case ORGANISATIONS -> this.organisations = rows(values, Organisation.class, OrganisationRow::of);
			case CONTACTS -> this.contacts = rows(values, Contact.class, ContactRow::of);
			case FUNDING_SOURCES -> this.fundingSources = rows(values, FundingSource.class, FundingRow::of);
			case LINKS -> this.links = rows(values, WebLink.class, LinkRow::of);
			case LINE, MARKDOWN -> throw new IllegalArgumentException(section.name() + " is text");
		}
	}

	/**
	 * Adds empty rows under every structured section, so that a value can be added
	 * without JavaScript.
	 */
	void addBlankRows(int count) {
		addBlank(this.countries, CountryRow::new, count);
		addBlank(this.organisations, OrganisationRow::new, count);
		addBlank(this.contacts, ContactRow::new, count);
		addBlank(this.fundingSources, FundingRow::new, count);
		addBlank(this.links, LinkRow::new, count);
	}

	/**
	 * The rows someone filled in, as values; the spare empty rows of the form are left
	 * out.
	 */
	private static <R extends FormRow, V> List<V> filled(List<R> rows, Function<R, V> value) {
		return rows.stream().filter((row) -> !row.isBlank()).map(value).toList();
	}

	private static <V, R> List<R> rows(List<?> values, Class<V> type, Function<V, R> row) {
		return new ArrayList<>(values.stream().map(type::cast).map(row).toList());
	}

	private static <R> void addBlank(List<R> rows, Supplier<R> blank, int count) {
		for (int i = 0; i < count; i++) {
			rows.add(blank.get());
		}
	}

	public Map<String, String> getText() {
		return this.text;
	}

	public void setText(Map<String, String> text) {
		this.text = text;
	}

	public List<CountryRow> getCountries() {
		return this.countries;
	}

	public void setCountries(List<CountryRow> countries) {
		this.countries = countries;
	}

	public List<OrganisationRow> getOrganisations() {
		return this.organisations;
	}

	public void setOrganisations(List<OrganisationRow> organisations) {
		this.organisations = organisations;
	}

	public List<ContactRow> getContacts() {
		return this.contacts;
	}

	public void setContacts(List<ContactRow> contacts) {
		this.contacts = contacts;
	}

	public List<FundingRow> getFundingSources() {
		return this.fundingSources;
	}

	public void setFundingSources(List<FundingRow> fundingSources) {
		this.fundingSources = fundingSources;
	}

	public List<LinkRow> getLinks() {
		return this.links;
	}

	public void setLinks(List<LinkRow> links) {
		this.links = links;
	}

}
