package dev.charter.lint.rules.support;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.validate.SpecValidator;
import dev.charter.lint.RuleContext;
import java.util.List;
import java.util.function.Predicate;

/**
 * The findings of {@code charter validate} (the official JSON Schema of the document's version),
 * computed once per document and reported by the {@code *-schema} rules under their own ids.
 */
public final class StructuralFindings {
  private StructuralFindings() {}

  /** Reports the validator's findings that carry {@code validatorId}. */
  public static void report(RuleContext context, String validatorId) {
    report(context, validatorId, d -> true);
  }

  /** Reports the validator's findings that carry {@code validatorId} and pass {@code filter}. */
  public static void report(RuleContext context, String validatorId, Predicate<Diagnostic> filter) {
    List<Diagnostic> findings = context.shared(StructuralFindings.class,
        () -> new SpecValidator().validate(context.document()));
    for (Diagnostic d : findings) {
      if (d.id().equals(validatorId) && filter.test(d)) {
        context.report(d.location(), d.message());
      }
    }
  }

  /** A finding about a {@code $ref} member where the schema allows no reference. */
  public static boolean isMisplacedReference(Diagnostic d) {
    String pointer = d.location().pointer();
    return pointer.endsWith("/$ref") || d.message().contains("'$ref'") || d.message().contains("\"$ref\"");
  }
}
