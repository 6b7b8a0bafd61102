package org.sstc.catalogue.admin;

/** A country row of the form: ISO code, name, and whether it is named only in the body text. */
public class CountryRow implements FormRow {

	private String code;
	private String name;
	private boolean inferred;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isInferred() {
		return this.inferred;
	}

	public void setInferred(boolean inferred) {
		this.inferred = inferred;
	}

	@Override
	public boolean isBlank() {
		return FormRow.allBlank(this.code, this.name);
	}

}
