package org.sstc.catalogue.discovery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * OAI-PMH's UTC datestamps, to the second ({@code YYYY-MM-DDThh:mm:ssZ}), the
 * repository's granularity; {@code from} and {@code until} may also be days.
 */
final class OaiDates {

	static final String GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private OaiDates() {
	}

	static String format(Instant instant) {
		return SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * A {@code from} or {@code until} argument as the first or last instant it includes;
	 * {@code days} tells which granularity it was given in.
	 */
	record Bound(String text, Instant instant, boolean days) {
	}

	static Bound parse(String name, String text, boolean upper) {
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
				return new Bound(text, upper ? start.plus(1, ChronoUnit.DAYS).minusNanos(1) : start, true);
			}
			if (text.length() == 20 && text.endsWith("Z")) {
				Instant second = Instant.from(SECONDS.parse(text));
				return new Bound(text, upper ? second.plusSeconds(1).minusNanos(1) : second, false);
			}
		}
		catch (DateTimeParseException ex) {
			// answered below, like any other malformed date
		}
		throw new OaiError(OaiError.Code.badArgument,
				"The argument " + name + " must be a UTC date (YYYY-MM-DD) or time (YYYY-MM-DDThh:mm:ssZ): " + text);
	}

}
