package dev.charter.compat;

import dev.charter.compat.async.AsyncComparison;
import dev.charter.compat.http.CallbackKinds;
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
    CallbackKinds.kinds(schema).forEach(k -> put(out, k));
    return out;
  }

  /** Whether {@code id} is the id of a change inside a callback or webhook ({@code webhook-request-…}). */
  static boolean inCallback(String id) {
    for (String role : CallbackKinds.ROLES) {
      if (id.startsWith(role + "-request-") || id.startsWith(role + "-response-")) {
        return true;
      }
    }
    return false;
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
        .append("API receives may only be relaxed, what it sends may only be tightened. An AsyncAPI message is judged ")
        .append("like a request when the application receives it and like a response when it sends it. In callbacks and ")
        .append("webhooks the API sends the request and receives the response, so their changes carry ids that say so: ")
        .append("`callback-request-…`, `callback-response-…`, `webhook-request-…` and `webhook-response-…`, judged in ")
        .append("the reversed direction (a value added to a webhook payload is `webhook-request-enum-value-added`, major: ")
        .append("subscribers receive it). The tables give the bump in the usual place.\n\n");
    Map<String, List<ChangeKind>> sections = new LinkedHashMap<>();
    Map<String, ChangeKind> all = kinds();
    for (ChangeKind k : all.values()) {
      if (inCallback(k.id()) && !k.id().startsWith("callback-")) {
        continue; // listed beside its callback- twin
      }
      sections.computeIfAbsent(section(k), x -> new ArrayList<>()).add(k);
    }
    for (Map.Entry<String, List<ChangeKind>> e : sections.entrySet()) {
      out.append("## ").append(e.getKey()).append("\n\n");
      boolean callbacks = e.getKey().startsWith("Callbacks and webhooks");
      if (callbacks) {
        out.append("Each id has a `callback-` form (in a callback of an operation) and a `webhook-` form (in a webhook), ")
            .append("with the same bump.\n\n| ids | bump | meaning | check |\n|---|---|---|---|\n");
      } else {
        out.append("| id | bump | meaning | check |\n|---|---|---|---|\n");
      }
      for (ChangeKind k : e.getValue()) {
        String ids = "`" + k.id() + "`";
        String summary = k.summary();
        if (callbacks) {
          String twin = "webhook-" + k.id().substring("callback-".length());
          ids += ", `" + twin + "`";
          summary = summary.replaceFirst("^In a callback ", "In a callback or webhook ");
          if (!all.containsKey(twin) || !all.get(twin).bumpRule().equals(k.bumpRule())) {
            throw new IllegalStateException(twin + " does not match " + k.id());
          }
        }
        out.append("| ").append(ids).append(" | ").append(k.bumpRule().replace("|", "\\|")).append(" | ")
            .append(summary.replace("|", "\\|")).append(" | `").append(k.check()).append("` |\n");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String section(ChangeKind k) {
    String id = k.id();
    if (inCallback(id)) {
      return "Callbacks and webhooks (`callback-request-`, `callback-response-`, `webhook-request-`, `webhook-response-`)";
    }
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
