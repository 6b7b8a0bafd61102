package org.sstc.catalogue.admin;

/** A country row of the form: ISO code, name, and whether it is named only in the body text. */
public class CountryRow {

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
	/** A row left empty in the form is ignored. */
	boolean isBlank() {
		return blank(this.code) && blank(this.name);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
