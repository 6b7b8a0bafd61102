package org.sstc.catalogue.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sstc.catalogue.practice.Compendium;

/**
 * The administrators' form for a compendium. The code is asked for only when the
 * compendium is created: it names the compendium in addresses, the search index and
 * exports, so it never changes.
 */
public class CompendiumForm {

	// required only when the compendium is created (the controller checks it)
	@Pattern(regexp = "(?=.{1,60}$)[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug}")
	private String code;

	@NotBlank(message = "{validation.required}")
	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "\\d{4}-\\d{4}", message = "{validation.biennium}")
	private String biennium;

	@NotBlank(message = "{validation.required}")
	@Size(max = ContentForm.MAX_LINE, message = "{validation.tooLong}")
	private String publisher;

	@Size(max = ContentForm.MAX_TEXT, message = "{validation.tooLong}")
	private String preface;

	static CompendiumForm of(Compendium compendium) {
		CompendiumForm form = new CompendiumForm();
		form.code = compendium.getCode();
		form.title = compendium.getTitle();
		form.biennium = compendium.getBiennium();
		form.publisher = compendium.getPublisher();
		form.preface = compendium.getPreface();
		return form;
	}

	Compendium.Edition edition() {
		return new Compendium.Edition(this.title, this.biennium, this.publisher, this.preface);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBiennium() {
		return this.biennium;
	}

	public void setBiennium(String biennium) {
		this.biennium = biennium;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public String getPreface() {
		return this.preface;
	}

	public void setPreface(String preface) {
		this.preface = preface;
	}

}
