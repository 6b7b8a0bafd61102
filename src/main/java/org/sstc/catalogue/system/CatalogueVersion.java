package org.sstc.catalogue.system;

import java.util.Optional;

/**
 * A token that changes whenever the catalogue's practices change (an edit, a publication,
 * a removal, a rebuilt index), and is the same on every instance that shows the same
 * catalogue: what HTTP validators (ETag) are made of.
 */
public interface CatalogueVersion {

	/** The current token, or nothing when it cannot be known now. */
	Optional<String> current();

}
