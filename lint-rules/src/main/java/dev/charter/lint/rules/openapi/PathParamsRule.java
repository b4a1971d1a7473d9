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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

@LintRule(
    id = "path-params",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Path parameters must be defined and valid.",
    rationale = """
        Every `{name}` in a path template needs a parameter `in: path` that is required, and every such
          parameter needs its `{name}` in the template; otherwise the URL cannot be built. Two templates that
          differ only in parameter names are the same path to a router.
        """,
    bad = """
        /pets/{petId}:
          get:
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
        """,
    good = """
        /pets/{petId}:
          get:
            parameters:
              - {name: petId, in: path, required: true, schema: {type: string}}
        """,
    differences = """
        Like Spectral, only `paths` are checked (not webhooks or callbacks). A parameter reached through
          `$ref` is reported where it is defined.
        """)
public final class PathParamsRule implements Rule {
  private static final java.util.regex.Pattern TEMPLATE = java.util.regex.Pattern.compile("(\\{;?\\??[a-zA-Z0-9_-]+\\*?\\})");

  @Override
  public void check(RuleContext context) {
    SpecNode paths = context.root().get("paths").map(SpecNode::resolved).orElse(null);
    if (paths == null || !paths.isObject()) {
      return;
    }
    Map<String, String> unique = new HashMap<>();
    for (Map.Entry<String, SpecNode> e : paths.fields()) {
      String path = e.getKey();
      SpecNode item = e.getValue().resolved();
      if (!JsValues.isObjectLike(item.value())) {
        continue;
      }
      String normalized = TEMPLATE.matcher(path).replaceAll("%");
      if (unique.containsKey(normalized)) {
        context.report(e.getValue(), "Paths \"" + unique.get(normalized) + "\" and \"" + path + "\" must not be equivalent.");
      } else {
        unique.put(normalized, path);
      }
      List<String> elements = new ArrayList<>();
      Matcher m = TEMPLATE.matcher(path);
      while (m.find()) {
        String p = m.group().replaceAll("[{}?*;]", "");
        if (elements.contains(p)) {
          context.report(e.getValue(), "Path \"" + path + "\" must not use parameter \"{" + p + "}\" multiple times.");
        } else {
          elements.add(p);
        }
      }
      Map<String, SpecNode> top = params(context, item.get("parameters").map(SpecNode::resolved).orElse(null));
      for (Map.Entry<String, SpecNode> op : item.fields()) {
        SpecNode operation = op.getValue().resolved();
        if (!JsValues.isObjectLike(operation.value()) || !PathOperations.isMethod(op.getKey())) {
          continue;
        }
        Map<String, SpecNode> defined = new LinkedHashMap<>(top);
        defined.putAll(params(context, operation.get("parameters").map(SpecNode::resolved).orElse(null)));
        for (Map.Entry<String, SpecNode> d : defined.entrySet()) {
          if (!elements.contains(d.getKey())) {
            context.report(d.getValue(), "Parameter \"" + d.getKey() + "\" must be used in path \"" + path + "\".");
          }
        }
        for (String p : elements) {
          if (!defined.containsKey(p)) {
            context.report(operation, "Operation must define parameter \"{" + p + "}\" as expected by path \"" + path + "\".");
          }
        }
      }
    }
  }

  /** The named path parameters of one list, reporting those not required and those defined twice. */
  private static Map<String, SpecNode> params(RuleContext context, SpecNode list) {
    Map<String, SpecNode> out = new LinkedHashMap<>();
    if (list == null || !list.isArray()) {
      return out;
    }
    for (SpecNode raw : list.elements()) {
      SpecNode p = raw.resolved();
      if (!JsValues.isObjectLike(p.value())) {
        continue;
      }
      JsonNode in = p.value().get("in");
      JsonNode nameNode = p.value().get("name");
      if (in == null || !in.isTextual() || !in.textValue().equals("path") || nameNode == null) {
        continue;
      }
      String name = JsValues.string(nameNode);
      JsonNode required = p.value().get("required");
      if (required == null || !required.isBoolean() || !required.booleanValue()) {
        context.report(p, "Path parameter \"" + name + "\" must have \"required\" property that is set to \"true\".");
      }
      if (out.containsKey(name)) {
        context.report(p, "Path parameter \"" + name + "\" must not be defined multiple times.");
        continue;
      }
      out.put(name, p);
    }
    return out;
  }
}
