package org.sstc.catalogue.admin;

/** A normalised funding source row of the form. */
public class FundingRow implements FormRow {

	private String code;
	private String name;

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

	@Override
	public boolean isBlank() {
		return FormRow.allBlank(this.code, this.name);
	}

}
