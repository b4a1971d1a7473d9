package dev.charter.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Location;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.parse.NodeSpan;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every {@code $ref} of one file that is a reference, leaving out those that are data: inside
 * {@code example}, {@code default}, {@code enum}, {@code const}, JSON Schema {@code examples}
 * arrays and the {@code value} of Example Objects (GitHub's description has SCIM payloads with a
 * {@code $ref} member in its examples). A member named like a keyword inside a map of names
 * ({@code properties: {default: …}}) is still walked.
 */
final class RefScanner {

  private static final Set<String> DATA_KEYWORDS = Set.of("example", "default", "enum", "const");

  /** Members whose values are maps from names the author chose to objects. */
  private static final Set<String> NAME_MAPS = Set.of(
      "properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "schemas",
      "responses", "parameters", "headers", "examples", "requestBodies", "securitySchemes",
      "securityDefinitions", "links", "callbacks", "paths", "webhooks", "pathItems", "channels",
      "messages", "operations", "servers", "variables", "content", "encoding", "mapping", "scopes",
      "messageTraits", "operationTraits", "serverVariables", "channelBindings", "messageBindings",
      "operationBindings", "serverBindings", "correlationIds", "replies", "replyAddresses",
      "externalDocs", "tags");

  private RefScanner() {}

  static void scan(SpecFile file, List<RefSite> out) {
    walk(file, file.root(), "", false, false, out);
  }

  private static void walk(SpecFile file, JsonNode node, String pointer, boolean keysAreNames,
      boolean exampleObject, List<RefSite> out) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (item.isContainerNode()) {
          walk(file, item, JsonPointers.append(pointer, i), false, false, out);
        }
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode ref = node.get("$ref");
    if (ref != null && ref.isTextual() && !keysAreNames) {
      NodeSpan span = file.sourceMap().spanOfChild(node, "$ref");
      Location loc = span == null
          ? file.locate(pointer)
          : new Location(file.name(), JsonPointers.append(pointer, "$ref"), span.head().line(), span.head().column(),
              span.end().line(), span.end().column());
      out.add(new RefSite(file, pointer, ref.asText(), loc));
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode value = e.getValue();
      if (!value.isContainerNode()) {
        continue;
      }
      if (!keysAreNames) {
        if (DATA_KEYWORDS.contains(key) || (key.equals("examples") && value.isArray())
            || (exampleObject && key.equals("value"))) {
          continue;
        }
      }
      boolean childNames = !keysAreNames && NAME_MAPS.contains(key) && value.isObject();
      boolean childIsExampleMap = !keysAreNames && key.equals("examples") && value.isObject();
      String childPointer = JsonPointers.append(pointer, key);
      if (childIsExampleMap) {
        Iterator<Map.Entry<String, JsonNode>> examples = value.fields();
        while (examples.hasNext()) {
          Map.Entry<String, JsonNode> ex = examples.next();
          if (ex.getValue().isObject()) {
            walk(file, ex.getValue(), JsonPointers.append(childPointer, ex.getKey()), false, true, out);
          }
        }
      } else {
        walk(file, value, childPointer, childNames, false, out);
      }
    }
  }
}
