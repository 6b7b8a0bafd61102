package org.sstc.catalogue.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.sstc.catalogue.practice.FundingSource;

/** A normalised funding source row of the form. */
@GroupSequenceProvider(FilledRowGroups.class)
public class FundingRow implements FormRow {

	@NotBlank(message = "{validation.code}", groups = Filled.class)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.code}")
	private String code;

	@NotBlank(message = "{validation.required}", groups = Filled.class)
	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String name;

	static FundingRow of(FundingSource source) {
		FundingRow row = new FundingRow();
		row.code = source.code();
		row.name = source.name();
		return row;
	}

	FundingSource value() {
		return new FundingSource(PracticeForms.text(this.code), PracticeForms.text(this.name));
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

	@Override
	public boolean isBlank() {
		return FormRow.allBlank(this.code, this.name);
	}

}
