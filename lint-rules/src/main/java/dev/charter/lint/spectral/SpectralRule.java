package dev.charter.lint.spectral;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecDocument;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.jsonpath.JsonPath;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.spectral.functions.UnreferencedReusableObjectFunction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A rule defined in a Spectral ruleset: JSONPaths ({@code given}) select nodes of the document,
 * resolved or as written, and each {@code then} applies a core function to the node or a field of
 * it. Findings show where the checked value is written (in the file a reference leads to), or at
 * the closest existing node when the field is missing.
 */
public final class SpectralRule implements Rule {

  /** One {@code then}: an optional field and a prepared function. */
  public record Then(String field, JsonPath fieldPath, RulesetFunction function, Object options) {}

  private final List<JsonPath> given;
  private final List<Then> then;
  private final boolean resolved;
  private final String message;
  private final String description;

  public SpectralRule(List<JsonPath> given, List<Then> then, boolean resolved, String message, String description) {
    this.given = List.copyOf(given);
    this.then = List.copyOf(then);
    this.resolved = resolved;
    this.message = message;
    this.description = description;
  }

  @Override
  public void check(RuleContext context) {
    SpecDocument document = context.document();
    SpecDocument navigation = resolved ? document : null;
    PathNode root = PathNode.root(document.root());
    for (JsonPath path : given) {
      for (PathNode match : path.evaluate(root, navigation)) {
        for (Then t : then) {
          for (Target target : targets(match, t, document)) {
            for (FunctionResult r : t.function().run(target, t.options(), context)) {
              report(context, target, r);
            }
          }
        }
      }
    }
  }

  private List<Target> targets(PathNode match, Then t, SpecDocument document) {
    SpecDocument navigation = resolved ? document : null;
    JsonNode v = match.value();
    if (t.field() == null || !(v.isObject() || v.isArray())) {
      return List.of(new Target(match, match, List.of(), document));
    }
    List<Target> out = new ArrayList<>();
    if (t.field().equals("@key")) {
      Iterator<String> names = v.isObject() ? v.fieldNames() : indexes(v);
      while (names.hasNext()) {
        String name = names.next();
        PathNode child = match.child(v.isArray() ? (Object) Integer.valueOf(name) : name, navigation);
        if (child != null) {
          out.add(new Target(child.asName(), match, List.of(), document));
        }
      }
    } else if (t.fieldPath() != null) {
      for (PathNode n : t.fieldPath().evaluate(match, navigation)) {
        out.add(new Target(n, n.parent(), List.of(), document));
      }
    } else {
      PathNode current = match;
      List<Object> keys = FieldPath.parse(t.field());
      for (int i = 0; i < keys.size(); i++) {
        Object k = keys.get(i);
        PathNode next = current.value().isArray() && k instanceof String s && isIndex(s)
            ? current.child(Integer.valueOf(s), navigation) : current.child(k, navigation);
        if (next == null) {
          return List.of(new Target(null, current, keys.subList(i, keys.size()), document));
        }
        current = next;
      }
      out.add(new Target(current, current.parent(), List.of(), document));
    }
    if (out.isEmpty()) {
      out.add(new Target(null, match, List.of(), document));
    }
    return out;
  }

  private static Iterator<String> indexes(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      out.add(Integer.toString(i));
    }
    return out.iterator();
  }

  private static boolean isIndex(String s) {
    return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit);
  }

  private void report(RuleContext context, Target target, FunctionResult r) {
    List<Object> at = r.at();
    if (!at.isEmpty() && at.get(0) instanceof String s && s.startsWith(UnreferencedReusableObjectFunction.ROOT_POINTER)) {
      String pointer = s.substring(UnreferencedReusableObjectFunction.ROOT_POINTER.length());
      context.report(context.document().root(), pointer, message(r, JsonPointers.last(pointer), new ArrayList<Object>(JsonPointers.split(pointer)),
          null));
      return;
    }
    PathNode base = target.exists() ? target.node() : target.parent();
    List<Object> missing = new ArrayList<>(target.exists() ? List.of() : target.missing());
    PathNode node = base;
    SpecDocument navigation = resolved ? context.document() : null;
    for (Object k : at) {
      if (!missing.isEmpty()) {
        missing.add(k);
        continue;
      }
      PathNode next = node.value().isArray() && k instanceof String s && isIndex(s)
          ? node.child(Integer.valueOf(s), navigation) : node.child(k instanceof Integer i ? (Object) i : String.valueOf(k), navigation);
      if (next == null) {
        missing.add(k);
      } else {
        node = next;
      }
    }
    String pointer = node.pointer();
    for (Object k : missing) {
      pointer = JsonPointers.append(pointer, String.valueOf(k));
    }
    List<Object> path = new ArrayList<>(node.path());
    path.addAll(missing);
    String property;
    if (!missing.isEmpty()) {
      List<String> parts = new ArrayList<>();
      missing.forEach(m -> parts.add(String.valueOf(m)));
      property = String.join(".", parts);
    } else {
      property = node.key() == null ? "" : String.valueOf(node.key());
    }
    context.report(node.file(), pointer, message(r, property, path, missing.isEmpty() ? node.value() : null));
  }

  private String message(FunctionResult r, String property, List<Object> path, JsonNode value) {
    MessageTemplate.Vars vars = new MessageTemplate.Vars(r.message(), description == null ? "" : description,
        MessageTemplate.pointer(path), property, value);
    String error = MessageTemplate.render(r.message(), vars);
    MessageTemplate.Vars withError = new MessageTemplate.Vars(error, vars.description(), vars.path(), property, value);
    if (message == null) {
      return description != null ? description : error;
    }
    return MessageTemplate.render(message, withError).strip();
  }
}
