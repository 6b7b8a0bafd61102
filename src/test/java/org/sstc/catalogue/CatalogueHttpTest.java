package org.sstc.catalogue;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the tests that talk to the running catalogue over HTTP share: its port, and a
 * client for it made afresh for each test (its cookies are that test's own).
 */
public abstract class CatalogueHttpTest {

	@LocalServerPort
	protected int port;

	protected CatalogueClient client;

	@BeforeEach
	void connect() {
		this.client = new CatalogueClient(this.port);
	}

}
