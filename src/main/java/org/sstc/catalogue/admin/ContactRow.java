package org.sstc.catalogue.admin;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.sstc.catalogue.practice.Contact;

/** A contact row of the form; any part may be empty, as in the source. */
@GroupSequenceProvider(FilledRowGroups.class)
public class ContactRow implements FormRow {

	private static final String ADDRESS = "[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]+";

	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String name;

	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String role;

	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String organisation;

	/** One address or several, separated by commas, semicolons or spaces. */
	@Pattern(regexp = ADDRESS + "(?:(?:\\s*[,;]\\s*|\\s+)" + ADDRESS + ")*(?:\\s*[,;])?",
			message = "{validation.email}")
	private String email;

	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String phone;

	static ContactRow of(Contact contact) {
		ContactRow row = new ContactRow();
		row.name = contact.name();
		row.role = contact.role();
		row.organisation = contact.organisation();
		row.email = contact.email();
		row.phone = contact.phone();
		return row;
	}

	Contact value() {
		return new Contact(PracticeForms.text(this.name), PracticeForms.text(this.role),
				PracticeForms.text(this.organisation), PracticeForms.text(this.email), PracticeForms.text(this.phone));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	@Override
	public boolean isBlank() {
		return FormRow.allBlank(this.name, this.role, this.organisation, this.email, this.phone);
	}

}
