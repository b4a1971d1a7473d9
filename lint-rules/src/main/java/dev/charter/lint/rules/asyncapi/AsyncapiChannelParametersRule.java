package dev.charter.lint.rules.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.Query;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "asyncapi-channel-parameters",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Channel parameters must be defined and there must be no redundant parameters.",
    rationale = """
        Every `{name}` in a channel address needs a parameter, and every parameter its `{name}`; otherwise the address cannot be built.
        """,
    bad = """
        users/{userId}/signup:
          parameters:
            id: {description: The user}
        """,
    good = """
        users/{userId}/signup:
          parameters:
            userId: {description: The user}
        """,
    differences = """
        As in Spectral, a channel without `parameters` is not checked here.
        """)
public final class AsyncapiChannelParametersRule implements Rule {
  private static final Query CHANNELS = Query.of("$.channels.*", "$.components.channels.*");
  private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("\\{(.+?)}");

  @Override
  public void check(RuleContext context) {
    for (PathNode channel : CHANNELS.resolved(context)) {
      JsonNode c = channel.value();
      if (!c.isObject() || c.get("parameters") == null || !c.get("parameters").isObject()) {
        continue;
      }
      String address = channel.key() == null ? "" : String.valueOf(channel.key());
      JsonNode a = c.get("address");
      if (a != null && !a.isNull()) {
        address = a.isTextual() ? a.textValue() : "";
      }
      java.util.List<String> used = new java.util.ArrayList<>();
      java.util.regex.Matcher m = VARIABLE.matcher(address);
      while (m.find()) {
        used.add(m.group(1));
      }
      if (used.isEmpty()) {
        continue;
      }
      java.util.List<String> defined = new java.util.ArrayList<>();
      c.get("parameters").fieldNames().forEachRemaining(defined::add);
      java.util.List<String> missing = used.stream().filter(u -> !defined.contains(u)).toList();
      if (!missing.isEmpty()) {
        Reports.atMember(context, channel, "parameters",
            "Not all channel's parameters are described with \"parameters\" object. Missed: " + String.join(", ", missing) + ".");
      }
      for (String d : defined) {
        if (!used.contains(d)) {
          context.report(channel.file(), channel.pointer() + "/parameters/" + dev.charter.core.parse.JsonPointers.escape(d),
              "Channel's \"parameters\" object has redundant defined \"" + d + "\" parameter.");
        }
      }
    }
  }
}
