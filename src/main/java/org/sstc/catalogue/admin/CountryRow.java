package org.sstc.catalogue.admin;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.sstc.catalogue.practice.CountryRef;

/**
 * A country row of the form: ISO code, name, and whether it is named only in the body
 * text.
 */
@GroupSequenceProvider(FilledRowGroups.class)
public class CountryRow implements FormRow {

	@CountryCode(groups = Filled.class)
	private String code;

	@NotBlank(message = "{validation.required}", groups = Filled.class)
	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String name;

	private boolean inferred;

	static CountryRow of(CountryRef country) {
		CountryRow row = new CountryRow();
		row.code = country.code();
		row.name = country.name();
		row.inferred = country.inferred();
		return row;
	}

	CountryRef value() {
		String isoCode = PracticeForms.text(this.code);
		return new CountryRef((isoCode != null) ? isoCode.toUpperCase(Locale.ROOT) : null,
				PracticeForms.text(this.name), this.inferred);
	}

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
