package dev.charter.lint.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.lint.RuleDescriptor;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.RuleRegistry;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.config.Rulesets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules as people read about them, rendered from their metadata alone: the list {@code charter
 * rules} prints (text or JSON), the page {@code charter rules describe ID} prints, and the Markdown
 * pages under {@code docs/rules/}. One source, so the three never disagree.
 */
public final class RuleCatalog {
  private final List<RuleDescriptor> rules;

  public RuleCatalog(RuleRegistry registry) {
    this.rules = registry.descriptors();
  }

  public List<RuleDescriptor> rules() {
    return rules;
  }

  public Optional<RuleDescriptor> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Ids close to {@code id}, for "did you mean". */
  public List<String> similar(String id) {
    return rules.stream().map(RuleDescriptor::id)
        .filter(r -> r.contains(id) || id.contains(r) || r.replace("-", "").equalsIgnoreCase(id.replace("-", "")))
        .limit(5).toList();
  }

  static String formats(RuleDescriptor d) {
    if (d.formats().containsAll(SpecFormat.OAS) && d.formats().containsAll(SpecFormat.ASYNCAPI)) {
      return "all";
    }
    List<String> out = new ArrayList<>();
    if (d.formats().containsAll(SpecFormat.OAS)) {
      out.add("openapi");
    } else if (d.formats().containsAll(SpecFormat.OAS3)) {
      out.add("oas3");
      d.formats().stream().filter(f -> f == SpecFormat.OAS2).forEach(f -> out.add(f.id()));
    } else {
      d.formats().stream().filter(SpecFormat::isOpenApi).sorted().forEach(f -> out.add(f.id()));
    }
    if (d.formats().containsAll(SpecFormat.ASYNCAPI)) {
      out.add("asyncapi");
    } else {
      d.formats().stream().filter(SpecFormat::isAsyncApi).sorted().forEach(f -> out.add(f.id()));
    }
    return String.join(",", out);
  }

  /** One line per rule: id, default severity, formats, summary. */
  public String text() {
    int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
    int fmtWidth = rules.stream().mapToInt(r -> formats(r).length()).max().orElse(10);
    StringBuilder sb = new StringBuilder();
    sb.append(pad("RULE", idWidth)).append("  ").append(pad("SEVERITY", 8)).append("  ").append(pad("FORMATS", fmtWidth))
        .append("  SUMMARY\n");
    for (RuleDescriptor r : rules) {
      sb.append(pad(r.id(), idWidth)).append("  ").append(pad(r.severity().label(), 8)).append("  ")
          .append(pad(formats(r), fmtWidth)).append("  ").append(r.summary()).append('\n');
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** The same list as JSON, with everything the metadata holds. */
  public String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode arr = mapper.createArrayNode();
    for (RuleDescriptor r : rules) {
      ObjectNode o = arr.addObject();
      o.put("id", r.id());
      o.put("severity", r.severity().label());
      ArrayNode f = o.putArray("formats");
      r.formats().stream().sorted().forEach(x -> f.add(x.id()));
      o.put("recommended", r.recommended());
      ArrayNode sets = o.putArray("rulesets");
      Rulesets.of(r).forEach(sets::add);
      o.put("summary", r.summary());
      o.put("rationale", r.rationale());
      ArrayNode opts = o.putArray("options");
      for (RuleDescriptor.Option opt : r.options()) {
        ObjectNode on = opts.addObject();
        on.put("name", opt.name());
        on.put("type", opt.type().name().toLowerCase(java.util.Locale.ROOT));
        on.put("default", opt.defaultValue());
        on.put("description", opt.description());
      }
      o.put("documentation", "docs/" + r.docPath());
    }
    try {
      return mapper.writeValueAsString(arr) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything about one rule, for a terminal. */
  public String describe(RuleDescriptor r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.id()).append('\n').append("  ").append(r.summary()).append("\n\n");
    sb.append("Severity:  ").append(r.severity().label()).append('\n');
    sb.append("Formats:   ").append(r.formats().stream().sorted().map(SpecFormat::id).collect(Collectors.joining(", "))).append('\n');
    sb.append("Rulesets:  ").append(String.join(", ", Rulesets.of(r))).append('\n');
    if (!r.options().isEmpty()) {
      sb.append("Options:\n");
      for (RuleDescriptor.Option o : r.options()) {
        sb.append("  ").append(o.name()).append(" (").append(o.type().name().toLowerCase(java.util.Locale.ROOT))
            .append(", default ").append(o.defaultValue()).append("): ").append(o.description()).append('\n');
      }
    }
    sb.append("\nWhy:\n").append(indent(r.rationale())).append('\n');
    if (!r.bad().isEmpty()) {
      sb.append("\nBad:\n").append(indent(r.bad())).append('\n');
    }
    if (!r.good().isEmpty()) {
      sb.append("\nGood:\n").append(indent(r.good())).append('\n');
    }
    if (!r.differences().isEmpty()) {
      sb.append("\nCompared with ").append(peer(r)).append(":\n").append(indent(r.differences())).append('\n');
    }
    sb.append("\nTurn it off: lint: {rules: {").append(r.id()).append(": off}} in charter.yaml, or rules: {")
        .append(r.id()).append(": off} in a Spectral ruleset.\n");
    return sb.toString();
  }

  private static String peer(RuleDescriptor r) {
    return switch (r.family()) {
      case SPECTRAL_OAS, SPECTRAL_ASYNCAPI -> "Spectral";
      case OWASP -> "vacuum and Spectral's OWASP ruleset";
      default -> "Redocly and vacuum";
    };
  }

  private static String indent(String text) {
    return text.lines().map(l -> l.isEmpty() ? "" : "  " + l).collect(Collectors.joining("\n"));
  }

  /** {@code docs/rules/<id>.md}. */
  public String page(RuleDescriptor r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!-- Generated from the rule's @LintRule metadata; do not edit. Regenerate: see docs/lint/README.md. -->\n");
    sb.append("# ").append(r.id()).append("\n\n");
    sb.append(r.summary()).append("\n\n");
    sb.append("| | |\n|---|---|\n");
    sb.append("| Default severity | ").append(r.severity().label()).append(" |\n");
    sb.append("| Formats | ").append(r.formats().stream().sorted().map(SpecFormat::id).collect(Collectors.joining(", ")))
        .append(" |\n");
    sb.append("| Rulesets | ").append(String.join(", ", Rulesets.of(r))).append(" |\n");
    sb.append("| Source | `").append(r.source()).append("` |\n\n");
    sb.append("## Why\n\n").append(r.rationale()).append("\n\n");
    if (!r.options().isEmpty()) {
      sb.append("## Options\n\n| option | type | default | meaning |\n|---|---|---|---|\n");
      for (RuleDescriptor.Option o : r.options()) {
        sb.append("| `").append(o.name()).append("` | ").append(o.type().name().toLowerCase(java.util.Locale.ROOT))
            .append(" | `").append(o.defaultValue()).append("` | ").append(o.description()).append(" |\n");
      }
      sb.append('\n');
    }
    if (!r.bad().isEmpty()) {
      sb.append("## Bad\n\n```yaml\n").append(r.bad()).append("\n```\n\n");
    }
    if (!r.good().isEmpty()) {
      sb.append("## Good\n\n```yaml\n").append(r.good()).append("\n```\n\n");
    }
    if (!r.differences().isEmpty()) {
      sb.append("## Compared with ").append(peer(r)).append("\n\n").append(r.differences()).append("\n\n");
    }
    sb.append("## Configure\n\n```yaml\n# charter.yaml\nlint:\n  rules:\n    ").append(r.id()).append(": off   # or error, warn, info, hint\n```\n");
    return sb.toString();
  }

  /** {@code docs/rules/README.md}: every rule by family. */
  public String index() {
    StringBuilder sb = new StringBuilder();
    sb.append("<!-- Generated from the rules' @LintRule metadata; do not edit. Regenerate: see docs/lint/README.md. -->\n");
    sb.append("# Lint rules\n\n").append(rules.size()).append(" rules. `charter rules` lists them, `charter rules describe ID`")
        .append(" explains one. Rulesets: ").append(String.join(", ", Rulesets.NAMES.stream().map(n -> "`" + n + "`").toList()))
        .append(" (see [configuration](../lint/README.md)).\n");
    Map<RuleFamily, List<RuleDescriptor>> byFamily = new LinkedHashMap<>();
    for (RuleDescriptor r : rules) {
      byFamily.computeIfAbsent(r.family(), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<RuleFamily, List<RuleDescriptor>> e : byFamily.entrySet()) {
      sb.append("\n## ").append(title(e.getKey())).append("\n\n");
      sb.append("| rule | severity | formats | recommended | summary |\n|---|---|---|---|---|\n");
      for (RuleDescriptor r : e.getValue()) {
        sb.append("| [").append(r.id().replace("$", "\\$")).append("](").append(r.id()).append(".md) | ").append(r.severity().label())
            .append(" | ").append(formats(r)).append(" | ").append(r.recommended() ? "yes" : "no").append(" | ")
            .append(r.summary().replace("|", "\\|")).append(" |\n");
      }
    }
    return sb.toString();
  }

  private static String title(RuleFamily f) {
    return switch (f) {
      case SPECTRAL_OAS -> "OpenAPI (Spectral's `spectral:oas`, same ids)";
      case SPECTRAL_ASYNCAPI -> "AsyncAPI (Spectral's `spectral:asyncapi`, same ids)";
      case CHARTER -> "charter (in `charter:recommended`)";
      case OWASP -> "API security (`charter:owasp`)";
      case INTEGRATION -> "Integration conventions (`charter:integration`)";
      case CUSTOM -> "Plug-in rules";
    };
  }

  /** Every generated file under {@code docs/}: relative path → content. */
  public Map<String, String> pages() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("rules/README.md", index());
    for (RuleDescriptor r : rules) {
      out.put(r.docPath(), page(r));
    }
    return out;
  }
}
