package org.sstc.catalogue.contribution;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of contributions ({@code catalogue.contributions.*}). The SMTP server is
 * Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host} the notices are
 * written to the log instead.
 *
 * @param invitationValidity how long an invitation link can be used
 * @param mailFrom the sender of the notices
 * @param editorAddresses who is told of each submission (accounts have no e-mail address:
 * staff give a shared mailbox or a list here)
 */
@ConfigurationProperties("catalogue.contributions")
record ContributionProperties(@DefaultValue("7d") Duration invitationValidity,
		@DefaultValue("catalogue@localhost") String mailFrom, @DefaultValue List<String> editorAddresses) {

	ContributionProperties {
		if (invitationValidity.isNegative() || invitationValidity.isZero()) {
			throw new IllegalArgumentException("catalogue.contributions.invitation-validity must be positive");
		}
		editorAddresses = (editorAddresses != null) ? editorAddresses.stream().filter((a) -> !a.isBlank()).toList()
				: List.of();
	}

}
