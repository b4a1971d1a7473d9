/**
 * Java generation helpers for charter's own generators: how names from a spec become Java
 * identifiers ({@link dev.charter.codegen.java.JavaNames}) and how spec text becomes safe Javadoc
 * ({@link dev.charter.codegen.java.JavaDoc}). Source text itself is written by JavaPoet, which
 * escapes string literals and manages imports.
 */
package dev.charter.codegen.java;
