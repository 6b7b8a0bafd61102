package org.sstc.catalogue.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.sstc.catalogue.practice.Countries;

/** An ISO 3166-1 alpha-2 country code, in either case; an empty one is invalid too. */
@Documented
@Constraint(validatedBy = CountryCode.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

	String message() default "{validation.country}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CountryCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			String code = PracticeForms.text(value);
			return code != null && Countries.isIsoCode(code.toUpperCase(Locale.ROOT));
		}

	}

}
