package org.sstc.catalogue.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeSection;

/**
 * Names of the narrative's Markdown sections, the ones a practice may list as missing
 * from the source.
 */
@Documented
@Constraint(validatedBy = NarrativeTexts.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NarrativeTexts {

	String message() default "{validation.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NarrativeTexts, Collection<String>> {

		@Override
		public boolean isValid(Collection<String> names, ConstraintValidatorContext context) {
			// an empty value is no choice, and left out
			return names == null || names.stream()
				.allMatch((name) -> name == null
						|| PracticeBody.NARRATIVE_TEXTS.stream().map(PracticeSection::name).anyMatch(name::equals));
		}

	}

}
