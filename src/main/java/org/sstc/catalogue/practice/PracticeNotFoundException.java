package org.sstc.catalogue.practice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No published practice has this slug. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PracticeNotFoundException extends RuntimeException {

	public PracticeNotFoundException(String slug) {
		super("No practice is published at '" + slug + "'.");
	}

}
