package org.sstc.catalogue.admin;

import java.util.Locale;

import org.hibernate.validator.group.GroupSequenceProvider;
import org.sstc.catalogue.practice.CountryRef;

/**
 * A country row of the form: ISO code, name, and whether it is named only in the body
 * text.
 */
@GroupSequenceProvider(FilledRowGroups.class)
public class CountryRow extends NamedRow {

	@CountryCode(groups = Filled.class)
	private String code;

	private boolean inferred;

	static CountryRow of(CountryRef country) {
		CountryRow row = new CountryRow();
		row.code = country.code();
		row.setName(country.name());
		row.inferred = country.inferred();
		return row;
	}

	CountryRef value() {
		String isoCode = PracticeForms.text(this.code);
		return new CountryRef((isoCode != null) ? isoCode.toUpperCase(Locale.ROOT) : null,
				PracticeForms.text(getName()), this.inferred);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public boolean isInferred() {
		return this.inferred;
	}

	public void setInferred(boolean inferred) {
		this.inferred = inferred;
	}

	@Override
	public boolean isBlank() {
		return FormRow.allBlank(this.code, getName());
	}

}
