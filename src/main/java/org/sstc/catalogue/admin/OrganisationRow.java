package org.sstc.catalogue.admin;

/** An organisation row of the form. */
public class OrganisationRow {

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
	/** A row left empty in the form is ignored. */
	boolean isBlank() {
		return blank(this.acronym) && blank(this.name);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
