package org.sstc.catalogue.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.sstc.catalogue.practice.PracticeBody;
import org.sstc.catalogue.practice.PracticeSection;

/**
 * The text sections of a form ({@link ContentForm#getText()}), each reported on its own
 * field: a required one must be given (in a part, once the part is filled in), and none
 * may be longer than a line or a text may be.
 */
@Documented
@Constraint(validatedBy = ValidSections.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidSections {

	String message() default "{validation.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidSections, ContentForm> {

		@Override
		public boolean isValid(ContentForm form, ConstraintValidatorContext context) {
			if (form == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			Map<String, String> text = form.getText();
			for (PracticeSection section : PracticeBody.SECTIONS) {
				if (!section.kind().isText()) {
					continue;
				}
				String value = text.get(section.name());
				int max = (section.kind() == PracticeSection.Kind.LINE) ? ContentForm.MAX_LINE : ContentForm.MAX_TEXT;
				if (section.required() && form.requiresSections() && (value == null || value.isBlank())) {
					report(context, section, "{validation.required}");
					valid = false;
				}
				else if (value != null && value.length() > max) {
					context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", max);
					report(context, section, "{validation.tooLong}");
					valid = false;
				}
			}
			return valid;
		}

		/** On the section's own field, {@code text[name]}, where the form shows it. */
		private static void report(ConstraintValidatorContext context, PracticeSection section, String message) {
			context.buildConstraintViolationWithTemplate(message)
				.addPropertyNode("text")
				.addContainerElementNode("<map value>", Map.class, 1)
				.inIterable()
				.atKey(section.name())
				.addConstraintViolation();
		}

	}

}
