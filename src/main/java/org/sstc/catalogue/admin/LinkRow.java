package org.sstc.catalogue.admin;

/** A link row of the form; the address may be empty where the source lost it. */
public class LinkRow implements FormRow {

	private String title;
	private String url;

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
