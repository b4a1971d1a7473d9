package dev.charter.compat;

import dev.charter.compat.async.AsyncComparison;
import dev.charter.compat.http.HttpComparison;
import dev.charter.compat.schema.SchemaCheck;
import dev.charter.compat.schema.SchemaComparison;
import dev.charter.compat.schema.SchemaDocumentationCheck;
import dev.charter.compat.schema.SchemaKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every kind of change charter reports, from the checks themselves: operation-level checks, the
 * schema checks under their {@code request-}, {@code response-} and {@code message-} ids, and the
 * AsyncAPI checks. {@code charter diff --list-checks} and {@code docs/diff/checks.md} print this.
 */
public final class Catalogue {
  private Catalogue() {}

  /** The kinds by id, in the order of the checks. */
  public static Map<String, ChangeKind> kinds() {
    Map<String, ChangeKind> out = new LinkedHashMap<>();
    for (Check c : HttpComparison.CHECKS) {
      c.kinds().forEach(k -> put(out, k));
    }
    for (Check c : AsyncComparison.CHECKS) {
      c.kinds().forEach(k -> put(out, k));
    }
    new DocumentationCheck().kinds().forEach(k -> put(out, k));
    List<SchemaKind> schema = new ArrayList<>();
    for (SchemaCheck c : SchemaComparison.CHECKS) {
      if (!(c instanceof SchemaDocumentationCheck)) {
        schema.addAll(c.kinds());
      }
    }
    for (String prefix : List.of("request", "response", "message")) {
      for (SchemaKind k : schema) {
        ChangeKind kind = k.expand().stream().filter(x -> x.id().startsWith(prefix + "-")).findFirst().orElseThrow();
        put(out, kind);
      }
    }
    return out;
  }

  private static void put(Map<String, ChangeKind> out, ChangeKind kind) {
    if (out.putIfAbsent(kind.id(), kind) != null) {
      throw new IllegalStateException("change id " + kind.id() + " is declared twice");
    }
  }

  /**
   * The catalogue as the Markdown page {@code docs/diff/checks.md}: one table per area, each change
   * id with its default bump (backward mode) and meaning. A test keeps the page equal to this.
   */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Checks of `charter diff`\n\n")
        .append("<!-- Generated from the checks themselves by dev.charter.compat.Catalogue; do not edit by hand. -->\n")
        .append("<!-- Regenerate: mvn -pl compat-checker -am test -Dtest=CatalogueTest -Dcharter.updateDocs=true -->\n\n")
        .append("Every kind of change `charter diff` reports, with the semver bump it needs by default in backward mode ")
        .append("(see [how charter judges](judging.md) and [modes](modes.md)). `charter diff --list-checks` prints the same. ")
        .append("Any bump can be changed per id under `diff.bumps` in `charter.yaml` ([settings](config.md)).\n\n")
        .append("Schema changes carry the prefix of the part of the message the schema describes: `request-` ")
        .append("(parameters and request bodies) and `response-` (responses and their headers) for OpenAPI, `message-` ")
        .append("(payloads, headers and channel parameters) for AsyncAPI. Their bump follows the way data flows: what the ")
        .append("API receives may only be relaxed, what it sends may only be tightened. The requests of callbacks and ")
        .append("webhooks are sent by the API, so a `request-` change there is judged like a response change (and their ")
        .append("responses like requests); an AsyncAPI message is judged like a request when the application receives it ")
        .append("and like a response when it sends it. The tables give the bump in the usual place.\n\n");
    Map<String, List<ChangeKind>> sections = new LinkedHashMap<>();
    for (ChangeKind k : kinds().values()) {
      sections.computeIfAbsent(section(k), x -> new ArrayList<>()).add(k);
    }
    for (Map.Entry<String, List<ChangeKind>> e : sections.entrySet()) {
      out.append("## ").append(e.getKey()).append("\n\n| id | bump | meaning | check |\n|---|---|---|---|\n");
      for (ChangeKind k : e.getValue()) {
        out.append("| `").append(k.id()).append("` | ").append(k.bumpRule().replace("|", "\\|")).append(" | ")
            .append(k.summary().replace("|", "\\|")).append(" | `").append(k.check()).append("` |\n");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String section(ChangeKind k) {
    String id = k.id();
    if (id.startsWith("message-") && !id.startsWith("message-content-type") && !id.startsWith("message-correlation")) {
      return "Schemas in AsyncAPI messages (`message-`)";
    }
    for (String check : List.of("TypeCheck", "NullabilityCheck", "EnumCheck", "StringLengthCheck", "NumericRangeCheck",
        "MultipleOfCheck", "PatternCheck", "FormatCheck", "ItemCountCheck", "UniqueItemsCheck", "PropertyCountCheck",
        "AdditionalPropertiesCheck", "PropertiesCheck", "PropertyDeprecatedCheck", "VariantsCheck", "DiscriminatorCheck",
        "DefaultValueCheck", "NotCheck", "UndecidableCheck")) {
      if (k.check().equals(check)) {
        return id.startsWith("request-") ? "Schemas in requests (`request-`)" : "Schemas in responses (`response-`)";
      }
    }
    if (List.of("ChannelAddressCheck", "OperationMessagesCheck", "MessageContentTypeCheck", "CorrelationIdCheck",
        "BindingsCheck", "AsyncServersCheck", "ReplyCheck").contains(k.check())) {
      return "AsyncAPI channels, operations and messages";
    }
    if (k.check().startsWith("Security")) {
      return "Security";
    }
    if (List.of("ServersCheck").contains(k.check())) {
      return "Servers";
    }
    return "Operations, parameters, bodies and responses";
  }
}
