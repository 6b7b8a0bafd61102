package org.sstc.catalogue.admin;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change, with who made it and when (Hibernate Envers). */
@Entity
@RevisionEntity(RevisionAuthor.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private long revisionTime;

	private String username;

	/** What the revision was when more than an edit (the bulk import names itself). */
	private String note;

	public Long getId() {
		return this.id;
	}

	public Instant getTime() {
		return Instant.ofEpochMilli(this.revisionTime);
	}

	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

	public String getNote() {
		return this.note;
	}

	void setNote(String note) {
		this.note = note;
	}

}
