package org.sstc.catalogue.account;

import java.util.List;

/**
 * What an account may do: editors edit practices and review contributions; administrators
 * also manage accounts; contributors (invited by an administrator) submit practices and
 * see only their own submissions, never the staff area.
 */
public enum Role {

	EDITOR, ADMIN, CONTRIBUTOR;

	/** The roles of the staff area, which an administrator creates accounts with. */
	public static final List<Role> STAFF = List.of(EDITOR, ADMIN);

}
