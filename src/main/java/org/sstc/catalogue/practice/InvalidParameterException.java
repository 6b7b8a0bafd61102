package org.sstc.catalogue.practice;

/** A request parameter with a value the catalogue does not know; its message is shown to the person or client. */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	public InvalidParameterException(String parameter, String value, String expected) {
		super("Invalid value '" + abbreviate(value) + "' for parameter '" + parameter + "': expected " + expected + ".");
		this.parameter = parameter;
	}

	public String getParameter() {
		return this.parameter;
	}

	private static String abbreviate(String value) {
		String printable = (value != null) ? value.replaceAll("\\p{Cntrl}", "?") : "";
		return (printable.length() > 60) ? printable.substring(0, 60) + "…" : printable;
	}

}
