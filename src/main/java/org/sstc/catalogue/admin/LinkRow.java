package org.sstc.catalogue.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.sstc.catalogue.practice.WebLink;

/** A link row of the form; the address may be empty where the source lost it. */
@GroupSequenceProvider(FilledRowGroups.class)
public class LinkRow implements FormRow {

	@NotBlank(message = "{validation.required}", groups = Filled.class)
	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String title;

	@WebAddress
	private String url;

	static LinkRow of(WebLink link) {
		LinkRow row = new LinkRow();
		row.title = link.title();
		row.url = link.url();
		return row;
	}

	WebLink value() {
		return new WebLink(PracticeForms.text(this.title), PracticeForms.text(this.url));
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	@Override
	public boolean isBlank() {
		return FormRow.allBlank(this.title, this.url);
	}

}
