package dev.charter.core.validate;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.spec.SpecDocument;
import java.util.List;

/** Placeholder until the JSON Schema validator lands: validates nothing. */
public final class SpecValidator {
  public List<Diagnostic> validate(SpecDocument doc) {
    return List.of();
  }
}
