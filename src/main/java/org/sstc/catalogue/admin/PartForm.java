package org.sstc.catalogue.admin;

/** One part of a practice described in parts (good practice 5), as the admin form edits it. */
public class PartForm extends ContentForm {

	private String label;

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

}
