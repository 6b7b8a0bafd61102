package org.sstc.catalogue.system;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * An entity that people edit: its generated id, the version that detects a save over
 * someone else's, and when it was created and last changed ({@code id}, {@code version},
 * {@code created_at}, {@code updated_at}). An audited subclass says so with
 * {@code @AuditOverride(forClass = EditableEntity.class)}, or its history loses them.
 */
@MappedSuperclass
public abstract class EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	@PrePersist
	void onCreate() {
		this.createdAt = now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = now();
	}

	/**
	 * PostgreSQL keeps microseconds: the same instant in memory, in the database and in
	 * the search index.
	 */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
