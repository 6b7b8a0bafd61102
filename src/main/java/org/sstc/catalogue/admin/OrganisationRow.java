package org.sstc.catalogue.admin;

import jakarta.validation.constraints.Size;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.sstc.catalogue.practice.Organisation;

/** An organisation row of the form. */
@GroupSequenceProvider(FilledRowGroups.class)
public class OrganisationRow extends NamedRow {

	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String acronym;

	static OrganisationRow of(Organisation organisation) {
		OrganisationRow row = new OrganisationRow();
		row.acronym = organisation.acronym();
		row.setName(organisation.name());
		return row;
	}

	Organisation value() {
		return new Organisation(PracticeForms.text(this.acronym), PracticeForms.text(getName()));
	}

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	@Override
	public boolean isBlank() {
		return FormRow.allBlank(this.acronym, getName());
	}

}
