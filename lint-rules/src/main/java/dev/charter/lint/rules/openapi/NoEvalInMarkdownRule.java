package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.MarkdownMembers;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

@LintRule(
    id = "no-eval-in-markdown",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Markdown descriptions must not have \"eval(\".",
    rationale = """
        Descriptions are rendered as HTML by documentation tools; script injected through a spec runs
        in the browser of everyone who reads the docs.""",
    bad = """
        info:
          description: "Try it: eval(atob('...'))"
        """,
    good = """
        info:
          description: Try it in the console.
        """)
public final class NoEvalInMarkdownRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.ANY);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    MarkdownMembers.check(node, context, "eval(", "Markdown descriptions must not have \"eval(\".");
  }
}
