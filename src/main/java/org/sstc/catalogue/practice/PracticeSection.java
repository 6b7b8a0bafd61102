package org.sstc.catalogue.practice;

import java.util.List;

/**
 * One narrative field of a practice, as the detail page lists them, in the compendium's order. {@code key} names the
 * field and its message key ({@code field.<key>}); {@code markdown} is null where the source has no such field.
 */
public record PracticeSection(String key, String markdown) {

	public static List<PracticeSection> of(Practice practice) {
		return List.of(new PracticeSection("objectives", practice.getObjectives()),
				new PracticeSection("cooperation", practice.getCooperation()),
				new PracticeSection("peerLearning", practice.getPeerLearning()),
				new PracticeSection("innovation", practice.getInnovation()),
				new PracticeSection("sustainability", practice.getSustainability()),
				new PracticeSection("adaptability", practice.getAdaptability()),
				new PracticeSection("results", practice.getResults()));
	}

	public static List<PracticeSection> of(PracticePart part) {
		return List.of(new PracticeSection("objectives", part.objectives()),
				new PracticeSection("cooperation", part.cooperation()),
				new PracticeSection("peerLearning", part.peerLearning()),
				new PracticeSection("innovation", part.innovation()),
				new PracticeSection("sustainability", part.sustainability()),
				new PracticeSection("adaptability", part.adaptability()),
				new PracticeSection("results", part.results()));
	}

}
