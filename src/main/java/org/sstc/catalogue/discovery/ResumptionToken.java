package org.sstc.catalogue.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a list answer goes on: its arguments and how far it got, carried by the
 * harvester, so that nothing is kept on the server. The list is ordered by id, so that
 * practices added meanwhile come at its end.
 *
 * @param after the id of the last item already sent
 * @param cursor how many items were sent before
 */
record ResumptionToken(String verb, String metadataPrefix, String set, String from, String until, long after,
		int cursor) {

	private static final String SEPARATOR = "\u001f";

	String encode() {
		String text = String.join(SEPARATOR, "1", this.verb, nullToEmpty(this.metadataPrefix), nullToEmpty(this.set),
				nullToEmpty(this.from), nullToEmpty(this.until), Long.toString(this.after),
				Integer.toString(this.cursor));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	static ResumptionToken decode(String token, String verb) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(SEPARATOR,
					-1);
			if (parts.length != 8 || !parts[0].equals("1") || !parts[1].equals(verb)) {
				throw invalid(token);
			}
			return new ResumptionToken(parts[1], emptyToNull(parts[2]), emptyToNull(parts[3]), emptyToNull(parts[4]),
					emptyToNull(parts[5]), Long.parseLong(parts[6]), Integer.parseInt(parts[7]));
		}
		catch (IllegalArgumentException ex) {
			throw invalid(token);
		}
	}

	private static OaiError invalid(String token) {
		return new OaiError(OaiError.Code.badResumptionToken, "The resumption token is invalid or expired: " + token);
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
