package org.sstc.catalogue.admin;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records who saved each revision: the signed-in account, or "system" for changes made by
 * the application; and its note, when the code that saves names what it is doing
 * ({@link #noting}).
 */
public class RevisionAuthor implements RevisionListener {

	private static final ThreadLocal<String> NOTE = new ThreadLocal<>();

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Revision revision = (Revision) revisionEntity;
		revision.setUsername(
				(authentication != null && authentication.isAuthenticated()) ? authentication.getName() : "system");
		revision.setNote(NOTE.get());
	}

	/**
	 * Runs the work (one transaction, begun and committed inside it) with every revision
	 * it makes carrying the note.
	 */
	static <T> T noting(String note, java.util.function.Supplier<T> work) {
		NOTE.set(note);
		try {
			return work.get();
		}
		finally {
			NOTE.remove();
		}
	}

}
