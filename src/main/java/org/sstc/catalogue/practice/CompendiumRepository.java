package org.sstc.catalogue.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompendiumRepository extends JpaRepository<Compendium, Long> {

	List<Compendium> findAllByOrderByBienniumDesc();

	Optional<Compendium> findByCode(String code);

}
