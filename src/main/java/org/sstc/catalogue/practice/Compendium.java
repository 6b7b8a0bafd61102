package org.sstc.catalogue.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A compendium of good practices: one per biennium, so that later editions sit beside
 * this one.
 */
@Entity
public class Compendium {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String title;

	private String biennium;

	private String publisher;

	private String preface;

	protected Compendium() {
	}

	/**
	 * A new compendium. Its code names it in addresses, the search index and exports, so
	 * it is chosen once here and never changed.
	 */
	public static Compendium of(String code, Edition edition) {
		Compendium compendium = new Compendium();
		compendium.code = code;
		compendium.revise(edition);
		return compendium;
	}

	/** What an administrator may change of a compendium: all but its code. */
	public record Edition(String title, String biennium, String publisher, String preface) {
	}

	public void revise(Edition edition) {
		this.title = edition.title();
		this.biennium = edition.biennium();
		this.publisher = edition.publisher();
		this.preface = edition.preface();
	}

	public Edition edition() {
		return new Edition(this.title, this.biennium, this.publisher, this.preface);
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBiennium() {
		return this.biennium;
	}

	public String getPublisher() {
		return this.publisher;
	}

	/** The compendium's preface, as Markdown. */
	public String getPreface() {
		return this.preface;
	}

}
