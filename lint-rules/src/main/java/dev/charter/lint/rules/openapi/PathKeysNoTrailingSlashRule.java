package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import java.util.Map;

@LintRule(
    id = "path-keys-no-trailing-slash",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Path must not end with slash.",
    rationale = """
        Servers and frameworks disagree on whether `/pets/` and `/pets` are the same resource; clients
        that build URLs by joining strings get it wrong. One canonical form, without the slash, avoids
        404s and redirects.""",
    bad = """
        paths:
          /pets/: {}
        """,
    good = """
        paths:
          /pets: {}
        """)
public final class PathKeysNoTrailingSlashRule implements Rule {
  @Override
  public void check(RuleContext context) {
    context.root().get("paths").map(SpecNode::resolved).ifPresent(paths -> {
      for (Map.Entry<String, SpecNode> p : paths.fields()) {
        String key = p.getKey();
        if (key.length() > 1 && key.endsWith("/")) {
          context.report(p.getValue(), "Path must not end with slash.");
        }
      }
    });
  }
}
