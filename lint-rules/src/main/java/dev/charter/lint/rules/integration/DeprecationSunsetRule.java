package dev.charter.lint.rules.integration;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Parameter;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.RuleOption;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "deprecation-sunset",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.INTEGRATION,
    summary = "A deprecated operation or parameter must say when it goes away: an x-sunset date or a Sunset response header.",
    rationale = """
        Deprecation without a date is a wish; clients need the day the operation stops working (RFC 8594
          Sunset) to plan their migration.
        """,
    bad = """
        get:
          deprecated: true
        """,
    good = """
        get:
          deprecated: true
          x-sunset: 2026-12-31
        """,
    options = {
        @RuleOption(name = "extension", type = RuleOption.Type.STRING, description = "The extension that holds the date (ISO 8601).", defaultValue = "\"x-sunset\"")})
public final class DeprecationSunsetRule implements Rule {
  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

  @Override
  public void check(RuleContext context) {
    String extension = context.stringOption("extension");
    for (HttpOperation op : context.openApi().operations()) {
      boolean header = op.responses().stream().flatMap(r -> r.headers().stream()).anyMatch(h -> h.name().equalsIgnoreCase("Sunset"));
      if (op.deprecated() && !hasDate(op.node(), extension) && !header) {
        context.report(op.node(), op.display() + " is deprecated without a sunset date (" + extension + " or a Sunset header).");
      }
      for (Parameter p : op.parameters()) {
        if (p.deprecated() && !hasDate(p.node(), extension)) {
          context.report(p.node(), "Parameter \"" + p.name() + "\" is deprecated without a sunset date (" + extension + ").");
        }
      }
    }
  }

  private static boolean hasDate(dev.charter.core.spec.SpecNode node, String extension) {
    return node.get(extension).map(v -> DATE.matcher(v.value().asText()).find()).orElse(false);
  }
}
