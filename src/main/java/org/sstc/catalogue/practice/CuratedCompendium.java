package org.sstc.catalogue.practice;

import java.util.List;

/**
 * A compendium as curated under {@code db/practices/<code>/}: its {@code compendium.yml}
 * and its practices.
 */
public record CuratedCompendium(String code, String title, String biennium, String publisher, String preface,
		List<PracticeContent> practices) {

	record Header(String code, String title, String biennium, String publisher, String preface) {
	}

}
