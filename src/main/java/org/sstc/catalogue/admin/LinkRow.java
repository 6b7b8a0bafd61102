package org.sstc.catalogue.admin;

/** A link row of the form; the address may be empty where the source lost it. */
public class LinkRow {

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
	/** A row left empty in the form is ignored. */
	boolean isBlank() {
		return blank(this.title) && blank(this.url);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
