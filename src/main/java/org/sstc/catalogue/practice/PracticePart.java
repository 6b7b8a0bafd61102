package org.sstc.catalogue.practice;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One part of a practice that the compendium describes in separate parts (good practice 5
 * has Part I and Part II), each with its own sections, beside its label in its JSON.
 */
public record PracticePart(String label, @JsonUnwrapped PracticeBody body) {

	public PracticePart {
		body = PracticeBody.orEmpty(body);
	}

}
