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
import org.sstc.catalogue.practice.VocabularyTerm;

/**
 * A term of one of the catalogue's vocabularies (by its code, constant name or label), or
 * a list of them; nothing counts as valid here, for {@code @NotBlank} or
 * {@code @NotEmpty} to judge.
 */
@Documented
@Constraint(validatedBy = { Vocabulary.TermValidator.class, Vocabulary.TermsValidator.class })
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Vocabulary {

	/** The vocabulary: an enum of {@link VocabularyTerm}s. */
	Class<? extends VocabularyTerm> value();

	String message() default "{validation.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class TermValidator implements ConstraintValidator<Vocabulary, String> {

		private Class<? extends VocabularyTerm> vocabulary;

		@Override
		public void initialize(Vocabulary annotation) {
			this.vocabulary = annotation.value();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || isTerm(this.vocabulary, value);
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		static boolean isTerm(Class<? extends VocabularyTerm> vocabulary, String value) {
			// the annotation's Class<? extends VocabularyTerm> cannot say "an enum" too,
			// as find() asks
			return VocabularyTerm.find((Class) vocabulary, value).isPresent();
		}

	}

	class TermsValidator implements ConstraintValidator<Vocabulary, Collection<String>> {

		private Class<? extends VocabularyTerm> vocabulary;

		@Override
		public void initialize(Vocabulary annotation) {
			this.vocabulary = annotation.value();
		}

		@Override
		public boolean isValid(Collection<String> values, ConstraintValidatorContext context) {
			return values == null || values.stream().allMatch((value) -> TermValidator.isTerm(this.vocabulary, value));
		}

	}

}
