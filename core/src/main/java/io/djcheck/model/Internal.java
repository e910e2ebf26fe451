package io.djcheck.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that is public only because djcheck's own packages or modules share it: it is not
 * part of the embedding API and may change in any release. The embedder's types are listed in the
 * README ("The public face"); ArchitectureTest keeps every other public type marked with this.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Internal {
}
