package org.sstc.catalogue.discovery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OAI-PMH interface's settings.
 *
 * @param adminEmail the address harvesters write to about the repository (Identify's
 * adminEmail)
 * @param pageSize how many headers or records one list answer holds before its resumption
 * token
 */
@ConfigurationProperties("catalogue.oai")
record OaiProperties(@DefaultValue("catalogue-admin@example.org") String adminEmail,
		@DefaultValue("100") int pageSize) {

	OaiProperties {
		if (!adminEmail.matches("\\S+@(\\S+\\.)+\\S+")) {
			throw new IllegalArgumentException(
					"catalogue.oai.admin-email must be an e-mail address, not '" + adminEmail + "'");
		}
		if (pageSize < 1) {
			throw new IllegalArgumentException("catalogue.oai.page-size must be 1 or more");
		}
	}

}
