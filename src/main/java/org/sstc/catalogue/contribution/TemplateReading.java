package org.sstc.catalogue.contribution;

import java.util.List;

import org.sstc.catalogue.practice.PracticeBody;

/**
 * What a filled Word template says: the sections it gave, placed in a practice's body,
 * and the rows it could not place, each as its label and the start of its text (for the
 * contributor to copy by hand).
 */
public record TemplateReading(PracticeBody body, List<String> unplacedRows) {

	public TemplateReading {
		unplacedRows = List.copyOf(unplacedRows);
	}

}
