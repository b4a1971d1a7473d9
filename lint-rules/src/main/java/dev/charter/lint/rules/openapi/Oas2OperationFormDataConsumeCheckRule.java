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
    id = "oas2-operation-formData-consume-check",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Operations with \"in: formData\" parameter must include \"application/x-www-form-urlencoded\" or \"multipart/form-data\" in their \"consumes\" property.",
    rationale = """
        Form parameters are only sent in a form-encoded or multipart body; an operation that consumes
          anything else cannot receive them.
        """,
    bad = """
        post:
          consumes: [application/json]
          parameters:
            - {name: file, in: formData, type: file}
        """,
    good = """
        post:
          consumes: [multipart/form-data]
          parameters:
            - {name: file, in: formData, type: file}
        """,
    differences = """
        Like Spectral, only operations that declare both `consumes` and `parameters` themselves are checked.
        """)
public final class Oas2OperationFormDataConsumeCheckRule implements Rule {
  private static final java.util.regex.Pattern VALID = java.util.regex.Pattern.compile("(application/x-www-form-urlencoded|multipart/form-data)");

  @Override
  public void check(RuleContext context) {
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      SpecNode consumes = op.node().get("consumes").map(SpecNode::resolved).orElse(null);
      SpecNode parameters = op.node().get("parameters").map(SpecNode::resolved).orElse(null);
      if (consumes == null || !consumes.isArray() || parameters == null || !parameters.isArray()) {
        continue;
      }
      boolean form = false;
      for (SpecNode p : parameters.elements()) {
        JsonNode in = p.resolved().value().get("in");
        form |= in != null && in.isTextual() && in.textValue().equals("formData");
      }
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < consumes.value().size(); i++) {
        JsonNode c = consumes.value().get(i);
        joined.append(i == 0 ? "" : ",").append(c.isNull() ? "" : JsValues.string(c));
      }
      if (form && !VALID.matcher(joined).find()) {
        context.report(op.node(), "Operations with \"in: formData\" parameter must include \"application/x-www-form-urlencoded\" or \"multipart/form-data\" in their \"consumes\" property.");
      }
    }
  }
}
