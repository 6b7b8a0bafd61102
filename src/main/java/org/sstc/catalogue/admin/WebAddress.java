package org.sstc.catalogue.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An http or https address with a host, or nothing (the source lost some links' targets).
 */
@Documented
@Constraint(validatedBy = WebAddress.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	String message() default "{validation.url}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<WebAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			String url = PracticeForms.text(value);
			if (url == null) {
				return true;
			}
			try {
				URI uri = new URI(url);
				return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

	}

}
