package dev.charter.lint.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.parse.JsonPointers;
import dev.charter.lint.RuleContext;
import dev.charter.lint.jsonpath.PathNode;
import java.util.ArrayList;
import java.util.List;

/** What the example rules share: the document's schemas, and reporting a problem where it is in the value. */
public final class ExampleChecks {
  private ExampleChecks() {}

  /** The document's instance validator (core's, as the mock server uses), built once and shared by every example rule. */
  public static InstanceCheck of(RuleContext context) {
    return context.shared(ValidatorInstanceCheck.class, () -> new ValidatorInstanceCheck(context.document()));
  }

  /** The node at {@code path} from {@code root}, following references on the way; empty if there is none. */
  public static java.util.Optional<dev.charter.core.spec.SpecNode> node(dev.charter.core.spec.SpecNode root, List<Object> path) {
    dev.charter.core.spec.SpecNode node = root;
    for (Object key : path) {
      node = node.resolved();
      java.util.Optional<dev.charter.core.spec.SpecNode> next = key instanceof Integer i ? node.get(i) : node.get(String.valueOf(key));
      if (next.isEmpty()) {
        return java.util.Optional.empty();
      }
      node = next.get();
    }
    return java.util.Optional.of(node);
  }

  /**
   * Spectral cannot compile a schema with {@code nullable} but no {@code type} and reports that at
   * the example instead of checking it; charter checks the example and also says so, at the same
   * place (OpenAPI 3.0 and 3.1; in 3.1 nullable is no keyword at all, so it has no effect either).
   */
  public static void reportNullableWithoutType(RuleContext context, List<Object> schemaPath, PathNode value) {
    boolean v30 = context.format() == dev.charter.lint.SpecFormat.OAS3_0;
    if (!v30 && context.format() != dev.charter.lint.SpecFormat.OAS3_1) {
      return;
    }
    node(context.root(), schemaPath)
        .flatMap(schema -> context.shared(NullableWithoutType.class, NullableWithoutType::new).in(schema))
        .ifPresent(at -> context.report(value.file(), value.pointer(),
            "\"nullable\" cannot be used without \"type\" (schema at " + inFile(context, at) + "#" + at.pointer()
                + "): the nullable has no effect"
                + (v30 ? "" : " (OpenAPI 3.1 has no nullable; write type: [..., 'null'])")
                + ", and ajv-based tools cannot check this example"));
  }

  private static String inFile(RuleContext context, dev.charter.core.spec.SpecNode at) {
    if (at.file() == context.document().root()) {
      return "";
    }
    java.nio.file.Path name = java.nio.file.Path.of(at.location().file()).getFileName();
    return name == null ? "" : name.toString();
  }

  /**
   * Checks {@code value} (found at {@code valueAt}) against the schema at {@code schemaPath} and
   * reports each problem at the part of the value it is about.
   */
  public static void check(RuleContext context, List<Object> schemaPath, PathNode valueAt,
      InstanceCheck.Direction direction) {
    for (InstanceCheck.Problem p : of(context).check(schemaPath, valueAt.value(), direction)) {
      report(context, valueAt, p);
    }
  }

  public static void report(RuleContext context, PathNode valueAt, InstanceCheck.Problem p) {
    PathNode node = valueAt;
    List<Object> missing = new ArrayList<>();
    for (Object k : p.at()) {
      if (!missing.isEmpty()) {
        missing.add(k);
        continue;
      }
      Object key = node.value().isArray() && k instanceof Integer ? k : String.valueOf(k);
      PathNode next = node.child(key, context.document());
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
    // The validator's messages name the member ("'price' must be a number"); the path before it
    // says where that member is when it is deeper than the top of the value.
    boolean named = !p.at().isEmpty() && p.at().size() == 1 && p.message().startsWith("'" + p.at().get(0) + "'");
    String where = p.at().isEmpty() || named ? "" : "\"" + String.join(".", p.at().stream().map(String::valueOf).toList()) + "\": ";
    context.report(node.file(), pointer, where + p.message());
  }

  /** Checks the {@code default} of each schema against the schema itself (the AsyncAPI default rules). */
  public static void checkDefaults(RuleContext context, List<PathNode> schemas) {
    for (PathNode s : schemas) {
      PathNode value = child(context, s, "default");
      if (value != null) {
        check(context, s.path(), value, InstanceCheck.Direction.NONE);
      }
    }
  }

  /**
   * Checks each value of the {@code examples} array of each schema against the schema itself (the
   * AsyncAPI example rules); an {@code examples} that is no array is a finding of its own.
   */
  public static void checkExamples(RuleContext context, List<PathNode> schemas) {
    for (PathNode s : schemas) {
      PathNode value = child(context, s, "examples");
      if (value == null) {
        continue;
      }
      if (!value.value().isArray()) {
        context.report(s.file(), s.pointer(), "\"examples\" of this schema must be an array of values.");
        continue;
      }
      for (int i = 0; i < value.value().size(); i++) {
        PathNode example = value.child(i, context.document());
        if (example != null) {
          check(context, s.path(), example, InstanceCheck.Direction.NONE);
        }
      }
    }
  }

  /** Whether the value at {@code path} is in a request body or a response, as Spectral decides it. */
  public static InstanceCheck.Direction direction(List<Object> path) {
    if (matches(path, "components", "requestBodies") || matches(path, "paths", "*", "*", "requestBody")) {
      return InstanceCheck.Direction.REQUEST;
    }
    if (matches(path, "components", "responses") || matches(path, "paths", "*", "*", "responses") || matches(path, "responses")) {
      return InstanceCheck.Direction.RESPONSE;
    }
    return InstanceCheck.Direction.NONE;
  }

  private static boolean matches(List<Object> path, String... prefix) {
    if (path.size() < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (!prefix[i].equals("*") && !prefix[i].equals(String.valueOf(path.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** The member {@code key} of a node the walk visited, as a query node (references followed), or null. */
  public static PathNode member(RuleContext context, dev.charter.lint.walk.Visit node, String key) {
    return PathNode.at(node.toSpecNode(context.document()), null, null).child(key, context.document());
  }

  /** Whether a visited node is in a request body or a response, by the types the walk came through. */
  public static InstanceCheck.Direction direction(dev.charter.lint.walk.Visit node) {
    for (dev.charter.lint.walk.Visit v = node; v != null; v = v.parent()) {
      switch (v.type()) {
        case REQUEST_BODY:
          return InstanceCheck.Direction.REQUEST;
        case RESPONSE:
          return InstanceCheck.Direction.RESPONSE;
        case PARAMETER:
        case OPERATION:
          return InstanceCheck.Direction.NONE;
        default:
          break;
      }
    }
    return InstanceCheck.Direction.NONE;
  }

  /** The child {@code key} of {@code node} in the resolved view, or null. */
  public static PathNode child(RuleContext context, PathNode node, String key) {
    return node.child(key, context.document());
  }

  public static List<Object> plus(List<Object> path, Object... keys) {
    List<Object> out = new ArrayList<>(path);
    out.addAll(List.of(keys));
    return out;
  }

  public static boolean present(JsonNode node, String member) {
    return node != null && node.isObject() && node.has(member);
  }
}
