package org.sstc.catalogue.practice;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a component of {@link PracticeBody} as a section: its kind and the block of
 * the page (and of the admin form) it shows in. See {@link PracticeSection} for what the
 * code that walks the sections reads from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface Section {

	PracticeSection.Kind value();

	/**
	 * The block the section shows in, under the block's heading ({@code detail.<block>});
	 * sections of one block are adjacent. Empty: a block of its own, under the section's
	 * label. {@link SectionBlock#OVERVIEW}: the facts at the top of the page.
	 */
	String block() default "";

	/** Whether a practice, or a part that is filled in, must give it. */
	boolean required() default false;

}
