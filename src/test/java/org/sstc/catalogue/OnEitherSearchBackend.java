package org.sstc.catalogue;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A suite that must pass on both search backends: it runs in the default run (Lucene) and
 * again in the OpenSearch run (Surefire's {@code opensearch} execution selects the tag).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("search-backend")
@ExtendWith(OpenSearchRequirement.class)
public @interface OnEitherSearchBackend {

}
