package org.sstc.catalogue.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.sstc.catalogue.practice.FundingSource;

/** A normalised funding source row of the form. */
@GroupSequenceProvider(FilledRowGroups.class)
public class FundingRow extends NamedRow {

	@NotBlank(message = "{validation.code}", groups = Filled.class)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.code}")
	private String code;

	static FundingRow of(FundingSource source) {
		FundingRow row = new FundingRow();
		row.code = source.code();
		row.setName(source.name());
		return row;
	}

	FundingSource value() {
		return new FundingSource(PracticeForms.text(this.code), PracticeForms.text(getName()));
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	@Override
	public boolean isBlank() {
		return FormRow.allBlank(this.code, getName());
	}

}
