package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.EnumTypes;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

@LintRule(
    id = "typed-enum",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Enum values must respect the specified type.",
    rationale = """
        An enum value of the wrong type can never be sent or received: validators reject it, and
        generated code either fails to compile or silently drops it.""",
    bad = """
        type: integer
        enum: [1, 2, "three"]
        """,
    good = """
        type: integer
        enum: [1, 2, 3]
        """,
    differences = """
        Like Spectral, every object with both `enum` and `type` is checked, wherever it is (also in
        extensions and examples).""")
public final class TypedEnumRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.ANY);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    for (EnumTypes.Mismatch m : EnumTypes.check(node.value(), context.format())) {
      context.report(node.file(), node.pointer() + "/enum/" + m.index(), m.message());
    }
  }
}
