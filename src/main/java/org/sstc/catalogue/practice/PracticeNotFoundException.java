package org.sstc.catalogue.practice;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No published practice has this slug (HTTP 404). */
public class PracticeNotFoundException extends ErrorResponseException {

	public PracticeNotFoundException(String slug) {
		super(HttpStatus.NOT_FOUND);
		setDetail("No practice is published at '" + slug + "'.");
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
