package org.sstc.catalogue.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request parameter with a value the catalogue does not know (HTTP 400); its message
 * says what was expected, and is shown to the person or client as it is.
 */
public class InvalidParameterException extends ErrorResponseException {

	private final String parameter;

	public InvalidParameterException(String parameter, String value, String expected) {
		super(HttpStatus.BAD_REQUEST);
		this.parameter = parameter;
		setDetail("Invalid value '" + abbreviate(value) + "' for parameter '" + parameter + "': expected " + expected
				+ ".");
	}

	public String getParameter() {
		return this.parameter;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	private static String abbreviate(String value) {
		String printable = (value != null) ? value.replaceAll("\\p{Cntrl}", "?") : "";
		return (printable.length() > 60) ? printable.substring(0, 60) + "…" : printable;
	}

}
