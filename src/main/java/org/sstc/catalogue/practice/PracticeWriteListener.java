package org.sstc.catalogue.practice;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces every write of a practice through JPA, whatever made it (the staff forms, a
 * restore, a repository call), so that what is derived from the practices (facet labels,
 * cached pages) cannot miss one. Hibernate creates it through Spring, hence the
 * constructor injection.
 */
@Component
class PracticeWriteListener {

	private final ApplicationEventPublisher events;

	PracticeWriteListener(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Practice practice) {
		this.events.publishEvent(new PracticeChangedEvent(practice.getId()));
	}

}
