package org.sstc.catalogue.account;

/**
 * What a staff account may do: editors edit practices; administrators also manage
 * accounts.
 */
public enum Role {

	EDITOR, ADMIN

}
