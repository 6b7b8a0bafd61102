package org.sstc.catalogue.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.sstc.catalogue.practice.Organisation;

/** An organisation row of the form. */
@GroupSequenceProvider(FilledRowGroups.class)
public class OrganisationRow implements FormRow {

	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String acronym;

	@NotBlank(message = "{validation.required}", groups = Filled.class)
	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String name;

	static OrganisationRow of(Organisation organisation) {
		OrganisationRow row = new OrganisationRow();
		row.acronym = organisation.acronym();
		row.name = organisation.name();
		return row;
	}

	Organisation value() {
		return new Organisation(PracticeForms.text(this.acronym), PracticeForms.text(this.name));
	}

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	@Override
	public boolean isBlank() {
		return FormRow.allBlank(this.acronym, this.name);
	}

}
