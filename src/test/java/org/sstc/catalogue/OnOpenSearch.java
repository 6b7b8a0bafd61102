package org.sstc.catalogue;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of what only OpenSearch does (several instances sharing one index): it runs in
 * the OpenSearch run alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("opensearch")
@ExtendWith(OpenSearchRequirement.class)
public @interface OnOpenSearch {

}
