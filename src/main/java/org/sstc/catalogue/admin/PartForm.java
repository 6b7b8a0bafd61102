package org.sstc.catalogue.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeSection;

/**
 * One part of a practice described in parts (good practice 5), as the admin form edits
 * it. A part left without label and title (its required sections) is no part, and is not
 * checked.
 */
@GroupSequenceProvider(FilledRowGroups.class)
public class PartForm extends ContentForm implements FormRow {

	@NotBlank(message = "{validation.required}", groups = Filled.class)
	@Size(max = MAX_LINE, message = "{validation.tooLong}")
	private String label;

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	@Override
	public boolean isBlank() {
		return FormRow.allBlank(this.label) && PracticeBody.SECTIONS.stream()
			.filter(PracticeSection::required)
			.allMatch((section) -> FormRow.allBlank(getText().get(section.name())));
	}

	@Override
	boolean requiresSections() {
		return !isBlank();
	}

}
