package org.sstc.catalogue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The top-level packages are the catalogue's modules (account, admin, practice, search,
 * system), and depend on each other one way only: system on none of them, practice on
 * system, search on practice, admin on those. Spring Modulith fails this test on a cycle
 * between them or on a use of another module's internal types.
 */
@Tag("architecture")
class ModulesTests {

	@Test
	void theModulesDependOnEachOtherOneWayOnly() {
		ApplicationModules.of(CatalogueApplication.class).verify();
	}

}
