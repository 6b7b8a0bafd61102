package org.sstc.catalogue.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends an account's sessions when it may no longer use them: disabled, its password reset
 * by an administrator, or changed by its owner (who keeps the session they changed it
 * in). Sessions live in PostgreSQL, so this ends them on every instance; the next request
 * of an ended session is anonymous and the staff area sends it to sign in.
 */
@Component
class StaffSessions {

	private static final Logger logger = LoggerFactory.getLogger(StaffSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * The sessions of an account to end, all but {@code keptSessionId} (null to end all).
	 *
	 * @param username the account's name as stored, which is the sessions' principal name
	 * @param keptSessionId the session to keep, or null
	 */
	record EndSessions(String username, String keptSessionId) {
	}

	/**
	 * After the change is committed: until then a session ended here could sign in again
	 * with the old state.
	 */
	@TransactionalEventListener
	void end(EndSessions event) {
		long ended = this.sessions.findByPrincipalName(event.username())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(event.keptSessionId()))
			.peek(this.sessions::deleteById)
			.count();
		if (ended > 0) {
			logger.info("Ended {} session(s) of {}", ended, SignInAudit.quoted(event.username()));
		}
	}

}
