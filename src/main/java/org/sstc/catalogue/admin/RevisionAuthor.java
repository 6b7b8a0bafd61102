package org.sstc.catalogue.admin;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records who saved each revision: the signed-in account, or "system" for changes made by
 * the application.
 */
public class RevisionAuthor implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		((Revision) revisionEntity).setUsername(
				(authentication != null && authentication.isAuthenticated()) ? authentication.getName() : "system");
	}

}
