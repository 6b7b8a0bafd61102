package org.sstc.catalogue.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.sstc.catalogue.practice.Practice;

/**
 * Declares the practice index; the whole document comes from {@link PracticeIndexBinder}.
 */
public class PracticeSearchMapping implements HibernateOrmSearchMappingConfigurer {

	public static final String INDEX = "practice";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep practice = context.programmaticMapping().type(Practice.class);
		practice.indexed().index(INDEX);
		practice.binder(new PracticeIndexBinder());
		// a practice moved to another compendium is indexed again; a compendium's code,
		// the only thing of it the index holds, never changes, so nothing inside a
		// compendium is watched (which would need a link from compendia to practices)
		practice.property("compendium").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
	}

}
