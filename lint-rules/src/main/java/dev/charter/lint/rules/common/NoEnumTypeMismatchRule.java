package dev.charter.lint.rules.common;

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
    id = "no-enum-type-mismatch",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.CHARTER,
    summary = "Enum values of an AsyncAPI schema must have the schema’s type.",
    rationale = """
        An enum value of the wrong type can never be sent or received: validators reject it, and
          generated code drops it or fails to compile.
        """,
    bad = """
        type: string
        enum: [on, off, 1]
        """,
    good = """
        type: string
        enum: [on, off, '1']
        """,
    differences = """
        Redocly applies this rule to OpenAPI too; in charter, OpenAPI has Spectral's typed-enum (the same
          check) in the recommended set, so this rule covers AsyncAPI schemas, where Spectral has none.
        """)
public final class NoEnumTypeMismatchRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    for (EnumTypes.Mismatch m : EnumTypes.check(node.value(), context.format())) {
      context.report(node.file(), node.pointer() + "/enum/" + m.index(), m.message());
    }
  }
}
