package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.sstc.catalogue.practice.Contact;
import org.sstc.catalogue.practice.CountryRef;
import org.sstc.catalogue.practice.FundingSource;
import org.sstc.catalogue.practice.Modality;
import org.sstc.catalogue.practice.Organisation;
import org.sstc.catalogue.practice.PracticeContent;
import org.sstc.catalogue.practice.PracticePart;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.practice.VocabularyTerm;
import org.sstc.catalogue.practice.WebLink;

/** Converts between the admin form and a practice's content. Blank rows and blank text become nothing. */
final class PracticeForms {

	/** Empty rows offered under each repeatable group, so that a value can be added without JavaScript. */
	static final int BLANK_ROWS = 2;

	private PracticeForms() {
	}

	static PracticeForm from(PracticeContent content, long version) {
		PracticeForm form = new PracticeForm();
		fill(form, body(content));
		form.setBaseVersion(version);
		form.setNumber(content.number());
		form.setSlug(content.slug());
		form.setHeading(content.heading());
		form.setShortTitle(content.shortTitle());
		form.setRegion(content.region() != null ? content.region().code() : null);
		form.setRegionAsWritten(content.regionAsWritten());
		form.setRegionInferred(content.regionInferred());
		form.setImageCaptions(String.join("\n", content.imageCaptions()));
		form.setThemes(new ArrayList<>(content.themes().stream().map(Theme::code).toList()));
		form.setModalities(new ArrayList<>(content.modalities().stream().map(Modality::code).toList()));
		form.setParts(new ArrayList<>(content.parts().stream().map((part) -> {
			PartForm partForm = new PartForm();
			fill(partForm, part);
			partForm.setLabel(part.label());
			return partForm;
		}).toList()));
		form.setRepairs(String.join("\n", content.repairs()));
		form.setMissing(new ArrayList<>(content.missing()));
		return form;
	}

	static PracticeContent toContent(PracticeForm form) {
		PracticePart body = read(form, null);
		// an unsaved form (a preview) may not have its number yet
		int number = (form.getNumber() != null) ? form.getNumber() : 0;
		List<PracticePart> parts = form.getParts()
			.stream()
			.filter((part) -> text(part.getLabel()) != null || text(part.getTitle()) != null)
			.map((part) -> read(part, text(part.getLabel())))
			.toList();
		return new PracticeContent(number, text(form.getSlug()), text(form.getHeading()), text(form.getShortTitle()),
				body.title(), VocabularyTerm.find(Region.class, form.getRegion()).orElse(null),
				text(form.getRegionAsWritten()), form.isRegionInferred(), body.authors(), body.institutions(),
				body.countriesInvolved(), body.countries(), body.organisations(), body.objectives(),
				body.cooperation(), body.peerLearning(), body.innovation(), body.sustainability(),
				body.adaptability(), body.results(), body.contactDetails(), body.contacts(), body.funding(),
				body.fundingSources(), body.materials(), body.links(), lines(form.getImageCaptions()),
				terms(form.getThemes(), Theme.class), terms(form.getModalities(), Modality.class), parts,
				lines(form.getRepairs()),
				form.getMissing().stream().filter((field) -> field != null && !field.isBlank()).toList());
	}

	/** The fields a practice shares with its parts, as a part without a label. */
	private static PracticePart body(PracticeContent content) {
		return new PracticePart(null, content.authors(), content.institutions(), content.title(),
				content.countriesInvolved(), content.countries(), content.organisations(), content.objectives(),
				content.cooperation(), content.peerLearning(), content.innovation(), content.sustainability(),
				content.adaptability(), content.results(), content.contactDetails(), content.contacts(),
				content.funding(), content.fundingSources(), content.materials(), content.links());
	}

	private static void fill(ContentForm form, PracticePart part) {
		form.setAuthors(part.authors());
		form.setInstitutions(part.institutions());
		form.setTitle(part.title());
		form.setCountriesInvolved(part.countriesInvolved());
		form.setCountries(countryRows(part.countries()));
		form.setOrganisations(organisationRows(part.organisations()));
		form.setObjectives(part.objectives());
		form.setCooperation(part.cooperation());
		form.setPeerLearning(part.peerLearning());
		form.setInnovation(part.innovation());
		form.setSustainability(part.sustainability());
		form.setAdaptability(part.adaptability());
		form.setResults(part.results());
		form.setContactDetails(part.contactDetails());
		form.setContacts(contactRows(part.contacts()));
		form.setFunding(part.funding());
		form.setFundingSources(fundingRows(part.fundingSources()));
		form.setMaterials(part.materials());
		form.setLinks(linkRows(part.links()));
	}

	private static PracticePart read(ContentForm form, String label) {
		return new PracticePart(label, text(form.getAuthors()), text(form.getInstitutions()), text(form.getTitle()),
				markdown(form.getCountriesInvolved()), countries(form.getCountries()),
				organisations(form.getOrganisations()), markdown(form.getObjectives()), markdown(form.getCooperation()),
				markdown(form.getPeerLearning()), markdown(form.getInnovation()), markdown(form.getSustainability()),
				markdown(form.getAdaptability()), markdown(form.getResults()), markdown(form.getContactDetails()),
				contacts(form.getContacts()), markdown(form.getFunding()), fundingSources(form.getFundingSources()),
				markdown(form.getMaterials()), links(form.getLinks()));
	}

	/** Adds empty rows to every repeatable group, for the form on screen. */
	static PracticeForm withBlankRows(PracticeForm form, int rows) {
		addBlankRows(form, rows);
		form.getParts().forEach((part) -> addBlankRows(part, rows));
		return form;
	}

	private static void addBlankRows(ContentForm form, int rows) {
		addBlank(form.getCountries(), CountryRow::new, rows);
		addBlank(form.getOrganisations(), OrganisationRow::new, rows);
		addBlank(form.getContacts(), ContactRow::new, rows);
		addBlank(form.getFundingSources(), FundingRow::new, rows);
		addBlank(form.getLinks(), LinkRow::new, rows);
	}

	private static <T> void addBlank(List<T> list, Supplier<T> blank, int rows) {
		for (int i = 0; i < rows; i++) {
			list.add(blank.get());
		}
	}

	private static List<CountryRow> countryRows(List<CountryRef> countries) {
		return new ArrayList<>(countries.stream().map((country) -> {
			CountryRow row = new CountryRow();
			row.setCode(country.code());
			row.setName(country.name());
			row.setInferred(country.inferred());
			return row;
		}).toList());
	}

	private static List<OrganisationRow> organisationRows(List<Organisation> organisations) {
		return new ArrayList<>(organisations.stream().map((organisation) -> {
			OrganisationRow row = new OrganisationRow();
			row.setAcronym(organisation.acronym());
			row.setName(organisation.name());
			return row;
		}).toList());
	}

	private static List<ContactRow> contactRows(List<Contact> contacts) {
		return new ArrayList<>(contacts.stream().map((contact) -> {
			ContactRow row = new ContactRow();
			row.setName(contact.name());
			row.setRole(contact.role());
			row.setOrganisation(contact.organisation());
			row.setEmail(contact.email());
			row.setPhone(contact.phone());
			return row;
		}).toList());
	}

	private static List<FundingRow> fundingRows(List<FundingSource> sources) {
		return new ArrayList<>(sources.stream().map((source) -> {
			FundingRow row = new FundingRow();
			row.setCode(source.code());
			row.setName(source.name());
			return row;
		}).toList());
	}

	private static List<LinkRow> linkRows(List<WebLink> links) {
		return new ArrayList<>(links.stream().map((link) -> {
			LinkRow row = new LinkRow();
			row.setTitle(link.title());
			row.setUrl(link.url());
			return row;
		}).toList());
	}

	private static List<CountryRef> countries(List<CountryRow> rows) {
		return filled(rows, (row) -> new CountryRef(text(row.getCode()).toUpperCase(Locale.ROOT), text(row.getName()),
				row.isInferred()));
	}

	private static List<Organisation> organisations(List<OrganisationRow> rows) {
		return filled(rows, (row) -> new Organisation(text(row.getAcronym()), text(row.getName())));
	}

	private static List<Contact> contacts(List<ContactRow> rows) {
		return filled(rows, (row) -> new Contact(text(row.getName()), text(row.getRole()), text(row.getOrganisation()),
				text(row.getEmail()), text(row.getPhone())));
	}

	private static List<FundingSource> fundingSources(List<FundingRow> rows) {
		return filled(rows, (row) -> new FundingSource(text(row.getCode()), text(row.getName())));
	}

	private static List<WebLink> links(List<LinkRow> rows) {
		return filled(rows, (row) -> new WebLink(text(row.getTitle()), text(row.getUrl())));
	}

	/** The rows someone filled in, as values; the spare empty rows of the form are left out. */
	private static <R extends FormRow, T> List<T> filled(List<R> rows, Function<R, T> value) {
		return rows.stream().filter((row) -> !row.isBlank()).map(value).toList();
	}

	private static <T extends Enum<T> & VocabularyTerm> List<T> terms(List<String> codes, Class<T> type) {
		return codes.stream()
			.map((code) -> VocabularyTerm.find(type, code))
			.flatMap(java.util.Optional::stream)
			.distinct()
			.toList();
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	/** One-line text: trimmed, or null when empty. */
	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** Markdown: line endings normalised and trailing spaces removed, or null when empty. */
	static String markdown(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(value.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))
			.map(String::stripTrailing)
			.collect(Collectors.joining("\n"))
			.strip();
	}

}
