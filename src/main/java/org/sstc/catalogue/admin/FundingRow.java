package org.sstc.catalogue.admin;

/** A normalised funding source row of the form. */
public class FundingRow {

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
	/** A row left empty in the form is ignored. */
	boolean isBlank() {
		return blank(this.code) && blank(this.name);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
