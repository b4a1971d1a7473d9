package dev.charter.lint.rules.common;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "spec-components-invalid-map-name",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.CHARTER,
    summary = "Component names may only contain letters, digits, \".\", \"-\" and \"_\".",
    rationale = """
        The OpenAPI specification restricts the keys of `components` maps to `^[a-zA-Z0-9.\\\\-_]+$`; other
          names break references written as URIs and the tools that turn names into identifiers.
        """,
    bad = """
        components:
          schemas:
            Pet Owner: {type: object}
        """,
    good = """
        components:
          schemas:
            PetOwner: {type: object}
        """)
public final class SpecComponentsInvalidMapNameRule implements Rule {
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("^[a-zA-Z0-9.\\-_]+$");

  @Override
  public void check(RuleContext context) {
    context.root().get("components").map(SpecNode::resolved).ifPresent(components -> {
      for (var type : components.fields()) {
        if (type.getKey().startsWith("x-") || !type.getValue().isObject()) {
          continue;
        }
        for (var e : type.getValue().fields()) {
          if (!NAME.matcher(e.getKey()).matches()) {
            context.report(e.getValue(), "Component name \"" + e.getKey() + "\" may only contain letters, digits, \".\", \"-\" and \"_\".");
          }
        }
      }
    });
  }
}
