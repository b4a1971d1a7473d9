package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

@LintRule(
    id = "oas3-examples-value-or-externalValue",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Examples must have either \"value\" or \"externalValue\" field.",
    rationale = """
        An Example Object with neither shows nothing; with both, tools disagree on which one to show.
        """,
    bad = """
        examples:
          cat: {summary: A cat}
        """,
    good = """
        examples:
          cat: {summary: A cat, value: {name: Tom}}
        """,
    differences = """
        charter checks every Example Object of the document, as the walk types them; Spectral's
        JSONPaths reach those under `paths`, `components.examples`, `components.parameters` and
        `components.headers`, not those of `components.responses`, `components.requestBodies` or webhooks.
        """)
public final class Oas3ExamplesValueOrExternalValueRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.EXAMPLE);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    if (node.isObject() && node.has("value") == node.has("externalValue")) {
      context.report(node, "Examples must have either \"value\" or \"externalValue\" field.");
    }
  }
}
