package dev.charter.lint.rules.owasp;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Parameter;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "owasp-no-numeric-ids",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Identifiers in paths must not be integers; use random ids such as UUIDs.",
    rationale = """
        Sequential numeric ids let attackers enumerate other users’ objects (OWASP API1: broken object level authorization).
        """,
    bad = """
        - {name: petId, in: path, required: true, schema: {type: integer}}
        """,
    good = """
        - {name: petId, in: path, required: true, schema: {type: string, format: uuid}}
        """)
public final class OwaspNoNumericIdsRule implements Rule {
  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("(?i)^(id|.*[-_]id|.*[a-z]Id)$");

  @Override
  public void check(RuleContext context) {
    for (HttpOperation op : context.openApi().operations()) {
      for (Parameter p : op.parameters("path")) {
        boolean integer = p.schema().map(s -> s.types().contains("integer")).orElse(false);
        if (integer && (ID.matcher(p.name()).matches() || p.name().endsWith("Id"))) {
          context.report(p.node(), "Path parameter \"" + p.name() + "\" is an integer id; use a random id such as a UUID.");
        }
      }
    }
  }
}
