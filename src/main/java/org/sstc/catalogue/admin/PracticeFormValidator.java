package org.sstc.catalogue.admin;

import org.sstc.catalogue.practice.PracticeRepository;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of the admin form that need the database, each reported on its field: no
 * other practice of the compendium may have the number, nor any other practice the slug.
 * The form's own annotations check the rest.
 */
@Component
class PracticeFormValidator {

	private final PracticeRepository practices;

	PracticeFormValidator(PracticeRepository practices) {
		this.practices = practices;
	}

	/**
	 * Checks the form of the practice {@code editedId} (null for a new one) in its
	 * compendium.
	 */
	void validate(PracticeForm form, Errors errors, Long editedId, long compendiumId) {
		if (form.getNumber() != null && !errors.hasFieldErrors("number")
				&& this.practices.findByCompendiumIdAndNumber(compendiumId, form.getNumber())
					.filter((other) -> !other.getId().equals(editedId))
					.isPresent()) {
			errors.rejectValue("number", "validation.numberTaken");
		}
		String slug = PracticeForms.text(form.getSlug());
		if (slug != null && !errors.hasFieldErrors("slug")
				&& this.practices.findBySlug(slug).filter((other) -> !other.getId().equals(editedId)).isPresent()) {
			errors.rejectValue("slug", "validation.slugTaken");
		}
	}

}
