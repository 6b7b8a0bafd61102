package org.sstc.catalogue.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What an error answer says when no controller's handler wrote it: an address nothing
 * answers, a method an address does not take, a request whose parameters Tomcat could not
 * decode. The same {@code status}, {@code error} and {@code message} as the API's own
 * errors, with a message a client can act on and nothing about the server (no exception,
 * no path, no stack trace).
 */
@Component
class CatalogueErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> found = super.getErrorAttributes(webRequest, ErrorAttributeOptions.defaults());
		int status = (found.get("status") instanceof Integer code) ? code : 500;
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("status", status);
		attributes.put("error", (known != null) ? known.getReasonPhrase() : "Error");
		attributes.put("message", message(status));
		return attributes;
	}

	private static String message(int status) {
		return switch (status) {
			case 400 -> "The request could not be understood: check the address, its parameters and their "
					+ "percent-encoding.";
			case 403 -> "This request is not allowed.";
			case 404 -> "There is nothing at this address.";
			case 405 -> "This address does not take this method.";
			case 406 -> "There is no answer in a format this request accepts.";
			case 413 -> "The request is too large.";
			case 415 -> "This address does not take content of this type.";
			case 503 -> DatabaseOutage.MESSAGE;
			default -> (status >= 500) ? "The catalogue could not answer this request." : "The request was refused.";
		};
	}

}
