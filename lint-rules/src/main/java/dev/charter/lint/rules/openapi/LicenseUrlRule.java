package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "license-url",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    recommended = false,
    summary = "License object must include \"url\".",
    rationale = """
        A license name alone is ambiguous ("BSD"); the URL says exactly which terms apply.
        """,
    bad = """
        license: {name: BSD}
        """,
    good = """
        license: {name: BSD-3-Clause, url: https://opensource.org/licenses/BSD-3-Clause}
        """)
public final class LicenseUrlRule implements Rule {
  @Override
  public void check(RuleContext context) {
    SpecNode root = context.root();
    SpecNode info = root.get("info").map(SpecNode::resolved).orElse(null);
    SpecNode license = info == null ? null : info.get("license").map(SpecNode::resolved).orElse(null);
    if (license == null) {
      if (info == null) {
        context.report(root.file(), "/info/license/url", "License object must include \"url\".");
      } else {
        context.report(info.file(), info.pointer() + "/license/url", "License object must include \"url\".");
      }
    } else if (!JsValues.truthy(license.value().get("url"))) {
      Reports.atMember(context, license, "url", "License object must include \"url\".");
    }
  }
}
