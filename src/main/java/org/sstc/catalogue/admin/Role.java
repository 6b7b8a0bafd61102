package org.sstc.catalogue.admin;

/** What a staff account may do: editors edit practices; administrators also manage accounts. */
public enum Role {

	EDITOR, ADMIN

}
