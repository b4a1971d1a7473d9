package dev.charter.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.parse.JsonPointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a multi-file spec into one tree. The first reference to each piece of another file is
 * replaced by that piece's content; later references to the same piece (or to anything inside it)
 * become local references to where it was placed, so shared and recursive definitions stay shared
 * and bundling terminates. Reusable sections ({@code components}, {@code definitions}, …) are
 * walked first so that shared pieces land there rather than deep inside an operation. References
 * within the root file, and those that could not be followed, are kept as written.
 */
public final class Bundler {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> FIRST = List.of("components", "definitions", "parameters", "responses",
      "securityDefinitions");

  private Bundler() {}

  public static BundledSpec bundle(SpecDocument document) {
    if (!document.isMultiFile()) {
      return new BundledSpec(document, document.root().root(), Map.of());
    }
    Run run = new Run(document);
    JsonNode tree = run.copy(document.rootNode(), "", 0);
    return new BundledSpec(document, tree, run.origins);
  }

  private static final class Run {
    private final SpecDocument document;
    private final SpecFile root;
    /** file + "#" + pointer of inlined pieces → the bundled pointer where they were placed. */
    private final Map<String, String> placed = new HashMap<>();
    private final Map<String, SpecNode> origins = new HashMap<>();

    Run(SpecDocument document) {
      this.document = document;
      this.root = document.root();
    }

    JsonNode copy(SpecNode node, String outPointer, int depth) {
      JsonNode value = node.value();
      if (value.isObject()) {
        if (node.isRef()) {
          JsonNode replaced = reference(node, outPointer, depth);
          if (replaced != null) {
            return replaced;
          }
        }
        return copyObject(node, outPointer, depth);
      }
      if (value.isArray()) {
        ArrayNode out = NODES.arrayNode(value.size());
        List<SpecNode> items = node.elements();
        for (int i = 0; i < items.size(); i++) {
          out.add(copy(items.get(i), JsonPointers.append(outPointer, i), depth + 1));
        }
        return out;
      }
      return value;
    }

    private JsonNode copyObject(SpecNode node, String outPointer, int depth) {
      List<Map.Entry<String, SpecNode>> fields = node.fields();
      Map<String, JsonNode> results = new HashMap<>();
      List<Map.Entry<String, SpecNode>> order = new ArrayList<>(fields);
      if (depth == 0) {
        order.sort((a, b) -> Integer.compare(priority(a.getKey()), priority(b.getKey())));
      }
      for (Map.Entry<String, SpecNode> f : order) {
        results.put(f.getKey(), copy(f.getValue(), JsonPointers.append(outPointer, f.getKey()), depth + 1));
      }
      ObjectNode out = NODES.objectNode();
      for (Map.Entry<String, SpecNode> f : fields) {
        out.set(f.getKey(), results.get(f.getKey()));
      }
      return out;
    }

    private static int priority(String key) {
      int i = FIRST.indexOf(key);
      return i < 0 ? FIRST.size() : i;
    }

    /** The replacement for a reference object, or null to copy it as written. */
    private JsonNode reference(SpecNode node, String outPointer, int depth) {
      String ref = node.ref().orElseThrow();
      Optional<SpecNode> target = document.target(node.file(), ref);
      if (target.isEmpty()) {
        return null;
      }
      SpecNode t = target.get();
      if (t.file() == root) {
        if (node.file() == root) {
          return null;
        }
        return withSiblings(node, localRef(t.pointer()), outPointer, depth);
      }
      String at = placedAt(t);
      if (at != null) {
        return withSiblings(node, localRef(at), outPointer, depth);
      }
      placed.put(key(t.file(), t.pointer()), outPointer);
      origins.put(outPointer, t);
      JsonNode content = copy(t, outPointer, depth + 1);
      if (node.value().size() > 1 && content.isObject()) {
        // OpenAPI 3.1 lets a reference carry summary/description that override the target's.
        ObjectNode merged = ((ObjectNode) content).deepCopy();
        for (Map.Entry<String, SpecNode> f : node.fields()) {
          if (!f.getKey().equals("$ref")) {
            merged.set(f.getKey(), copy(f.getValue(), JsonPointers.append(outPointer, f.getKey()), depth + 1));
            origins.put(JsonPointers.append(outPointer, f.getKey()), f.getValue());
          }
        }
        return merged;
      }
      return content;
    }

    private JsonNode withSiblings(SpecNode node, ObjectNode local, String outPointer, int depth) {
      for (Map.Entry<String, SpecNode> f : node.fields()) {
        if (!f.getKey().equals("$ref")) {
          local.set(f.getKey(), copy(f.getValue(), JsonPointers.append(outPointer, f.getKey()), depth + 1));
        }
      }
      if (node.file() != root) {
        origins.put(outPointer, node);
      }
      return local;
    }

    private static ObjectNode localRef(String pointer) {
      ObjectNode o = NODES.objectNode();
      o.put("$ref", "#" + encodeFragment(pointer));
      return o;
    }

    /** Where {@code t}, or a piece that contains it, was already placed. */
    private String placedAt(SpecNode t) {
      List<String> tokens = JsonPointers.split(t.pointer());
      for (int n = tokens.size(); n >= 0; n--) {
        String prefix = JsonPointers.join(tokens.subList(0, n));
        String at = placed.get(key(t.file(), prefix));
        if (at != null) {
          return at + JsonPointers.join(tokens.subList(n, tokens.size()));
        }
      }
      return null;
    }

    private static String key(SpecFile file, String pointer) {
      return file.id().key() + "#" + pointer;
    }
  }

  /** Percent-encodes what may not appear raw in a URI fragment. */
  static String encodeFragment(String pointer) {
    StringBuilder sb = new StringBuilder(pointer.length());
    for (int i = 0; i < pointer.length(); i++) {
      char c = pointer.charAt(i);
      if (c == ' ' || c == '%' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
          || c == '|' || c == '#') {
        sb.append('%').append(String.format("%02X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
