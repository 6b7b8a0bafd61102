package org.sstc.catalogue.admin;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Uploaded imports waiting for their confirmation, in PostgreSQL (any instance may get
 * the confirmation), each under a random token and usable only by the administrator who
 * uploaded it; forgotten after {@link #KEPT}.
 */
@Component
class PendingImports {

	static final Duration KEPT = Duration.ofHours(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	PendingImports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Pending(String token, String fileName, Instant uploadedAt, byte[] archive) {
	}

	String keep(String username, String fileName, byte[] archive) {
		forgetOld();
		byte[] random = new byte[24];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.jdbc.update(
				"insert into pending_import (token, username, file_name, uploaded_at, archive) values (?, ?, ?, ?, ?)",
				token, username, fileName, Timestamp.from(Instant.now()), archive);
		return token;
	}

	Optional<Pending> find(String token, String username) {
		return this.jdbc
			.query("select token, file_name, uploaded_at, archive from pending_import "
					+ "where token = ? and username = ? and uploaded_at > ?",
					(row, i) -> new Pending(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
							row.getBytes(4)),
					token, username, Timestamp.from(Instant.now().minus(KEPT)))
			.stream()
			.findFirst();
	}

	void forget(String token) {
		this.jdbc.update("delete from pending_import where token = ?", token);
	}

	private void forgetOld() {
		this.jdbc.update("delete from pending_import where uploaded_at < ?", Timestamp.from(Instant.now().minus(KEPT)));
	}

}
