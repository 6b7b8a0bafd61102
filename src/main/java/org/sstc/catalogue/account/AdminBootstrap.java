package org.sstc.catalogue.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator from {@code CATALOGUE_ADMIN_USERNAME} and
 * {@code CATALOGUE_ADMIN_PASSWORD} when no administrator exists. Without them nobody can
 * sign in, and the log says how to set them. Instances started together on a new database
 * (behind a load balancer) all try: the database's unique name lets one succeed, and the
 * others start as well.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Accounts accounts;

	private final AdminProperties properties;

	AdminBootstrap(Accounts accounts, AdminProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyAdministrator()) {
			return;
		}
		if (!StringUtils.hasText(this.properties.username()) || !StringUtils.hasText(this.properties.password())) {
			logger.warn("No administrator account exists, so nobody can sign in to /admin. Set "
					+ "CATALOGUE_ADMIN_USERNAME and CATALOGUE_ADMIN_PASSWORD (at least {} characters) and restart "
					+ "to create one.", Accounts.MIN_PASSWORD_LENGTH);
			return;
		}
		if (Accounts.passwordProblem(this.properties.password()).isPresent()) {
			logger.warn("CATALOGUE_ADMIN_PASSWORD is too short: it needs at least {} characters. No administrator "
					+ "was created.", Accounts.MIN_PASSWORD_LENGTH);
			return;
		}
		try {
			this.accounts.create(this.properties.username(), this.properties.password(), Role.ADMIN, false);
		}
		catch (DataIntegrityViolationException ex) {
			if (this.accounts.anyAdministrator()) {
				logger.info("Another instance created the administrator account meanwhile");
				return;
			}
			throw ex;
		}
		logger.info("Created the administrator account '{}'", this.properties.username());
	}

}
