package org.sstc.catalogue.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A form row whose value has a name that must be given once the row is filled in (a
 * country, an organisation, a funding source). Public, as the form binding and the
 * validator read its properties by reflection.
 */
public abstract class NamedRow implements FormRow {

	@NotBlank(message = "{validation.required}", groups = Filled.class)
	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
