package dev.charter.lint.rules.support;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.validate.SpecValidator;
import dev.charter.lint.RuleContext;
import java.util.List;

/**
 * The findings of {@code charter validate} (the official JSON Schema of the document's version),
 * computed once per document and reported by the {@code *-schema} rules under their own ids.
 */
public final class StructuralFindings {
  private StructuralFindings() {}

  /** Reports the validator's findings that carry {@code validatorId}. */
  public static void report(RuleContext context, String validatorId) {
    List<Diagnostic> findings = context.shared(StructuralFindings.class,
        () -> new SpecValidator().validate(context.document()));
    for (Diagnostic d : findings) {
      if (d.id().equals(validatorId)) {
        context.report(d.location(), d.message());
      }
    }
  }
}
