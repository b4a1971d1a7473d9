package dev.charter.core.spec;

import dev.charter.core.diag.Location;

/**
 * One {@code $ref} as written: the file it is in, the pointer of the object that holds it, the
 * reference text, and the position of the {@code $ref} member itself.
 */
public record RefSite(SpecFile file, String pointer, String ref, Location location) {}
