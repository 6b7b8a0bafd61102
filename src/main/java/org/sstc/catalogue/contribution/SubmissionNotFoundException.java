package org.sstc.catalogue.contribution;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such submission for the person asking: also another contributor's, so that ids tell
 * nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SubmissionNotFoundException extends RuntimeException {

	SubmissionNotFoundException(long id) {
		super("No submission " + id);
	}

}
