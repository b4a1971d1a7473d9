package dev.charter.lint.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
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
    id = "oas3_2-no-deprecated-xml-attribute",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "\"xml.attribute\" is deprecated in OAS 3.2; use \"xml.nodeType: attribute\" instead.",
    rationale = """
        OpenAPI 3.2 replaces `xml.attribute` with `xml.nodeType`. charter does not read 3.2 documents yet;
          the rule exists so that rulesets naming it keep loading.
        """,
    bad = """
        xml: {attribute: true}
        """,
    good = """
        xml: {nodeType: attribute}
        """)
public final class Oas32NoDeprecatedXmlAttributeRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.ANY);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    JsonNode xml = node.get("xml");
    if (xml != null && xml.isObject() && xml.path("attribute").asBoolean(false) && xml.get("attribute").isBoolean()) {
      context.report(node.file(), node.pointer("xml"), "\"xml.attribute\" is deprecated in OAS 3.2; use \"xml.nodeType: attribute\" instead.");
    }
  }
}
