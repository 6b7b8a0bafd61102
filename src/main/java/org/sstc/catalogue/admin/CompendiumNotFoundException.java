package org.sstc.catalogue.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No compendium has this id (HTTP 404). */
class CompendiumNotFoundException extends ErrorResponseException {

	CompendiumNotFoundException(String id) {
		super(HttpStatus.NOT_FOUND);
		setDetail("No compendium has the id '" + id + "'.");
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
