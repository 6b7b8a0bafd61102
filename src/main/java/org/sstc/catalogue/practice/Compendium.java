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
