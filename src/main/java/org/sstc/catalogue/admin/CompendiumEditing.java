package org.sstc.catalogue.admin;

import java.util.List;

import org.sstc.catalogue.practice.Compendium;
import org.sstc.catalogue.practice.CompendiumChangedEvent;
import org.sstc.catalogue.practice.CompendiumRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to compendia: create one and revise its title, biennium,
 * publisher and preface. Each change is announced, so that the facet labels that show a
 * compendium's title read it again once it is committed.
 */
@Service
@Transactional
public class CompendiumEditing {

	private final CompendiumRepository compendia;

	private final ApplicationEventPublisher events;

	CompendiumEditing(CompendiumRepository compendia, ApplicationEventPublisher events) {
		this.compendia = compendia;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Compendium> all() {
		return this.compendia.findAllByOrderByBienniumDesc();
	}

	@Transactional(readOnly = true)
	public Compendium get(long id) {
		return this.compendia.findById(id).orElseThrow(() -> new CompendiumNotFoundException(String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public boolean exists(String code) {
		return this.compendia.findByCode(code).isPresent();
	}

	public Compendium create(String code, Compendium.Edition edition) {
		Compendium compendium = this.compendia.saveAndFlush(Compendium.of(code, edition));
		this.events.publishEvent(new CompendiumChangedEvent(code));
		return compendium;
	}

	public void revise(long id, Compendium.Edition edition) {
		Compendium compendium = get(id);
		compendium.revise(edition);
		this.events.publishEvent(new CompendiumChangedEvent(compendium.getCode()));
	}

}
