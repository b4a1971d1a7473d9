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
}
