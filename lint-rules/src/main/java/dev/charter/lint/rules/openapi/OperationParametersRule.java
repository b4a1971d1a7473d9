package dev.charter.lint.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.rules.support.PathOperations;

@LintRule(
    id = "operation-parameters",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Operation parameters are unique and non-repeating.",
    rationale = """
        A parameter is identified by its name and location; two with the same pair are ambiguous, and
          Swagger 2.0 allows only one body, never alongside form parameters.
        """,
    bad = """
        parameters:
          - {name: id, in: query, type: string}
          - {name: id, in: query, type: integer}
        """,
    good = """
        parameters:
          - {name: id, in: query, type: string}
          - {name: id, in: header, type: integer}
        """,
    differences = """
        Like Spectral, only the operation's own parameters are compared (an operation-level parameter
          may override a path-level one), and a duplicate that is a `$ref` is reported where it is defined.
        """)
public final class OperationParametersRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      SpecNode params = op.node().get("parameters").map(SpecNode::resolved).orElse(null);
      if (params == null || !params.isArray() || params.value().size() < 2) {
        continue;
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      java.util.List<SpecNode> bodies = new java.util.ArrayList<>();
      boolean form = false;
      for (SpecNode raw : params.elements()) {
        SpecNode p = raw.resolved();
        if (!JsValues.isObjectLike(p.value()) || p.has("$ref")) {
          continue;
        }
        String fingerprint = JsValues.string(p.value().get("in")) + "-" + JsValues.string(p.value().get("name"));
        if (!seen.add(fingerprint)) {
          context.report(p, "A parameter in this operation already exposes the same combination of \"name\" and \"in\" values.");
        }
        JsonNode in = p.value().get("in");
        if (in != null && in.isTextual() && in.textValue().equals("body")) {
          bodies.add(p);
        }
        form |= in != null && in.isTextual() && in.textValue().equals("formData");
      }
      if (!bodies.isEmpty() && form) {
        context.report(params, "Operation must not have both \"in:body\" and \"in:formData\" parameters.");
      }
      for (int i = 1; i < bodies.size(); i++) {
        context.report(bodies.get(i), "Operation must not have more than a single instance of the \"in:body\" parameter.");
      }
    }
  }
}
