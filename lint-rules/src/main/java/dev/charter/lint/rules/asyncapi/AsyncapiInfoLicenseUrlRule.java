package dev.charter.lint.rules.asyncapi;

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
    id = "asyncapi-info-license-url",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    recommended = false,
    summary = "License object must include \"url\".",
    rationale = """
        A license name alone is ambiguous ("BSD"); the URL says exactly which terms apply.
        """,
    bad = """
        license: {name: BSD}
        """,
    good = """
        license: {name: BSD-3-Clause, url: 'https://opensource.org/licenses/BSD-3-Clause'}
        """)
public final class AsyncapiInfoLicenseUrlRule implements Rule {
  @Override
  public void check(RuleContext context) {
    SpecNode root = context.root();
    SpecNode info = root.get("info").map(SpecNode::resolved).orElse(null);
    SpecNode license = info == null ? null : info.get("license").map(SpecNode::resolved).orElse(null);
    if (license == null) {
      SpecNode at = info == null ? root : info;
      context.report(at.file(), at.pointer() + (info == null ? "/info" : "") + "/license/url", "License object must include \"url\".");
    } else if (!JsValues.truthy(license.value().get("url"))) {
      Reports.atMember(context, license, "url", "License object must include \"url\".");
    }
  }
}
