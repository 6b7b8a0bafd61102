package org.sstc.catalogue.admin;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.sstc.catalogue.practice.Countries;
import org.sstc.catalogue.practice.Modality;
import org.sstc.catalogue.practice.PracticeRepository;
import org.sstc.catalogue.practice.Region;
import org.sstc.catalogue.practice.Theme;
import org.sstc.catalogue.practice.VocabularyTerm;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Server-side checks of the admin form, each reported on its field (message keys {@code validation.*}): required
 * fields, lengths, the slug's form, unique slug and compendium number, ISO country codes, e-mail and web addresses.
 */
@Component
class PracticeFormValidator {

	static final int MAX_LINE = 500;

	static final int MAX_TEXT = 50_000;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]+");

	private final PracticeRepository practices;

	PracticeFormValidator(PracticeRepository practices) {
		this.practices = practices;
	}

	void validate(PracticeForm form, Errors errors, Long editedId, long compendiumId) {
		if (form.getNumber() == null) {
			errors.rejectValue("number", "validation.required");
		}
		else if (form.getNumber() < 1 || form.getNumber() > 9999) {
			errors.rejectValue("number", "validation.number");
		}
		else if (this.practices.findByCompendiumIdAndNumber(compendiumId, form.getNumber())
			.filter((other) -> !other.getId().equals(editedId))
			.isPresent()) {
			errors.rejectValue("number", "validation.numberTaken");
		}
		String slug = PracticeForms.text(form.getSlug());
		if (slug == null) {
			errors.rejectValue("slug", "validation.required");
		}
		else if (!SLUG.matcher(slug).matches() || slug.length() > 60) {
			errors.rejectValue("slug", "validation.slug");
		}
		else if (this.practices.findBySlug(slug).filter((other) -> !other.getId().equals(editedId)).isPresent()) {
			errors.rejectValue("slug", "validation.slugTaken");
		}
		for (String field : List.of("heading", "shortTitle", "title")) {
			requiredLine(errors, field, (String) errors.getFieldValue(field));
		}
		for (String field : List.of("regionAsWritten", "authors", "institutions")) {
			line(errors, field, (String) errors.getFieldValue(field));
		}
		if (VocabularyTerm.find(Region.class, form.getRegion()).isEmpty()) {
			errors.rejectValue("region", "validation.required");
		}
		if (form.getThemes().stream().noneMatch((theme) -> VocabularyTerm.find(Theme.class, theme).isPresent())) {
			errors.rejectValue("themes", "validation.theme");
		}
		if (form.getModalities().stream().anyMatch((m) -> VocabularyTerm.find(Modality.class, m).isEmpty())) {
			errors.rejectValue("modalities", "validation.invalid");
		}
		for (String field : List.of("countriesInvolved", "objectives", "cooperation", "peerLearning", "innovation",
				"sustainability", "adaptability", "results", "contactDetails", "funding", "materials",
				"imageCaptions", "repairs")) {
			text(errors, field, (String) errors.getFieldValue(field));
		}
		rows(errors, "", form);
		for (int i = 0; i < form.getParts().size(); i++) {
			PartForm part = form.getParts().get(i);
			String prefix = "parts[" + i + "].";
			if (PracticeForms.text(part.getLabel()) != null || PracticeForms.text(part.getTitle()) != null) {
				requiredLine(errors, prefix + "label", part.getLabel());
				requiredLine(errors, prefix + "title", part.getTitle());
			}
			for (String field : List.of("countriesInvolved", "objectives", "cooperation", "peerLearning",
					"innovation", "sustainability", "adaptability", "results", "contactDetails", "funding",
					"materials")) {
				text(errors, prefix + field, (String) errors.getFieldValue(prefix + field));
			}
			rows(errors, prefix, part);
		}
	}

	private void rows(Errors errors, String prefix, ContentForm form) {
		List<CountryRow> countries = form.getCountries();
		List<OrganisationRow> organisations = form.getOrganisations();
		List<ContactRow> contacts = form.getContacts();
		List<FundingRow> fundingSources = form.getFundingSources();
		List<LinkRow> links = form.getLinks();
		for (int i = 0; i < countries.size(); i++) {
			CountryRow row = countries.get(i);
			if (row.isBlank()) {
				continue;
			}
			String code = PracticeForms.text(row.getCode());
			if (code == null || !Countries.isIsoCode(code.toUpperCase(Locale.ROOT))) {
				errors.rejectValue(prefix + "countries[" + i + "].code", "validation.country");
			}
			requiredLine(errors, prefix + "countries[" + i + "].name", row.getName());
		}
		for (int i = 0; i < organisations.size(); i++) {
			if (!organisations.get(i).isBlank()) {
				requiredLine(errors, prefix + "organisations[" + i + "].name", organisations.get(i).getName());
				line(errors, prefix + "organisations[" + i + "].acronym", organisations.get(i).getAcronym());
			}
		}
		for (int i = 0; i < contacts.size(); i++) {
			ContactRow row = contacts.get(i);
			if (row.isBlank()) {
				continue;
			}
			for (String field : List.of("name", "role", "organisation", "phone")) {
				line(errors, prefix + "contacts[" + i + "]." + field,
						(String) errors.getFieldValue(prefix + "contacts[" + i + "]." + field));
			}
			String email = PracticeForms.text(row.getEmail());
			if (email != null && !List.of(email.split("\\s*[,;]\\s*|\\s+"))
				.stream()
				.allMatch((address) -> EMAIL.matcher(address).matches())) {
				errors.rejectValue(prefix + "contacts[" + i + "].email", "validation.email");
			}
		}
		for (int i = 0; i < fundingSources.size(); i++) {
			FundingRow row = fundingSources.get(i);
			if (!row.isBlank()) {
				String code = PracticeForms.text(row.getCode());
				if (code == null || !SLUG.matcher(code).matches()) {
					errors.rejectValue(prefix + "fundingSources[" + i + "].code", "validation.code");
				}
				requiredLine(errors, prefix + "fundingSources[" + i + "].name", row.getName());
			}
		}
		for (int i = 0; i < links.size(); i++) {
			LinkRow row = links.get(i);
			if (row.isBlank()) {
				continue;
			}
			requiredLine(errors, prefix + "links[" + i + "].title", row.getTitle());
			String url = PracticeForms.text(row.getUrl());
			if (url != null && !isWebAddress(url)) {
				errors.rejectValue(prefix + "links[" + i + "].url", "validation.url");
			}
		}
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static void requiredLine(Errors errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "validation.required");
		}
		else {
			line(errors, field, value);
		}
	}

	private static void line(Errors errors, String field, String value) {
		if (value != null && value.length() > MAX_LINE) {
			errors.rejectValue(field, "validation.tooLong", new Object[] { MAX_LINE }, null);
		}
	}

	private static void text(Errors errors, String field, String value) {
		if (value != null && value.length() > MAX_TEXT) {
			errors.rejectValue(field, "validation.tooLong", new Object[] { MAX_TEXT }, null);
		}
	}

}
