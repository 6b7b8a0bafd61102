package org.sstc.catalogue.admin;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.validator.spi.group.DefaultGroupSequenceProvider;

/**
 * Checks a form row's {@link FormRow.Filled} constraints only when the row is not blank,
 * so that the form's spare empty rows never get "Required." (Public, as Hibernate
 * Validator creates it by reflection.)
 */
public class FilledRowGroups implements DefaultGroupSequenceProvider<FormRow> {

	@Override
	public List<Class<?>> getValidationGroups(Class<?> klass, FormRow row) {
		List<Class<?>> groups = new ArrayList<>(List.of(klass));
		if (row != null && !row.isBlank()) {
			groups.add(FormRow.Filled.class);
		}
		return groups;
	}

}
