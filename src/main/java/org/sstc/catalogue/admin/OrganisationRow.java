package org.sstc.catalogue.admin;

/** An organisation row of the form. */
public class OrganisationRow implements FormRow {

	private String acronym;
	private String name;

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
