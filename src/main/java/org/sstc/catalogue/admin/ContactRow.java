package org.sstc.catalogue.admin;

/** A contact row of the form. */
public class ContactRow implements FormRow {

	private String name;
	private String role;
	private String organisation;
	private String email;
	private String phone;

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
