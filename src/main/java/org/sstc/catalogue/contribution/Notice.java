package org.sstc.catalogue.contribution;

import java.util.List;

/**
 * An e-mail notice to send once the change it tells of is committed: its recipients, the
 * message keys of its subject and text with their arguments, and the link it gives.
 */
record Notice(List<String> to, String subjectKey, String textKey, List<Object> arguments, String link) {

	Notice {
		to = List.copyOf(to);
		arguments = List.copyOf(arguments);
	}

}
