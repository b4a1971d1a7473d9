package dev.charter.compat;

import dev.charter.core.spec.SpecDocument;
import java.time.Instant;

/** A version of a spec with the date it was committed: one step of a known history. */
public record DatedSpec(SpecDocument document, Instant date, String label) {}
