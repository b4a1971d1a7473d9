package dev.charter.codegen.openapigenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.charter.core.parse.JsonPointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Names from the spec that OpenAPI Generator turns into broken code or clashing files, made safe
 * before it sees them (OpenAPI Generator only removes characters; it does not check the result is
 * non-empty or distinct).
 *
 * <ul>
 *   <li>{@link #renameUnsafe}: a name with characters other than letters, digits, space, {@code .},
 *       {@code _} and {@code -} (possible in Swagger 2.0 {@code definitions}, e.g. {@code
 *       ../../x} or {@code C:\x}) is renamed in the tree, references included: OpenAPI Generator
 *       copies schema names into string literals and comments unescaped.
 *   <li>{@link #modelNameMappings}: names whose class name would be empty ({@code ..}) or equal,
 *       ignoring case, to an earlier one's ({@code pet} after {@code Pet}: one file would silently
 *       replace the other, and on macOS and Windows they are the same file) get a distinct class
 *       name through OpenAPI Generator's own {@code modelNameMappings}; the schema name itself (what
 *       goes on the wire) is kept.
 * </ul>
 */
final class GeneratedNames {
  private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N} ._\\-]+");

  private GeneratedNames() {}

  /**
   * Renames unsafe names among {@code schemas} (an object node inside {@code tree}, found at {@code
   * schemasPointer}) and rewrites every reference to them. Returns old → new names.
   */
  static Map<String, String> renameUnsafe(JsonNode tree, String schemasPointer) {
    JsonNode node = tree.at(schemasPointer);
    if (!(node instanceof ObjectNode schemas)) {
      return Map.of();
    }
    Map<String, String> renamed = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    schemas.fieldNames().forEachRemaining(n -> taken.add(n.toLowerCase(Locale.ROOT)));
    for (String name : new ArrayList<>(iterable(schemas))) {
      if (SAFE.matcher(name).matches()) {
        continue;
      }
      String base = name.replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
      if (base.isEmpty()) {
        base = "Schema";
      }
      String candidate = base;
      for (int i = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); i++) {
        candidate = base + "_" + i;
      }
      taken.add(candidate.toLowerCase(Locale.ROOT));
      renamed.put(name, candidate);
    }
    if (renamed.isEmpty()) {
      return renamed;
    }
    // Rebuild in order, so that renamed schemas keep their place.
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    schemas.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
    schemas.removeAll();
    entries.forEach((k, v) -> schemas.set(renamed.getOrDefault(k, k), v));
    Map<String, String> refs = new LinkedHashMap<>();
    renamed.forEach((from, to) -> refs.put("#" + schemasPointer + "/" + JsonPointers.escape(from),
        "#" + schemasPointer + "/" + JsonPointers.escape(to)));
    rewrite(tree, ref -> {
      for (Map.Entry<String, String> r : refs.entrySet()) {
        String decoded = decode(ref);
        if (decoded.equals(r.getKey()) || decoded.startsWith(r.getKey() + "/")) {
          return r.getValue() + decoded.substring(r.getKey().length());
        }
      }
      return ref;
    }, 0);
    return renamed;
  }

  private static List<String> iterable(ObjectNode o) {
    List<String> out = new ArrayList<>();
    o.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** References are URI fragments: undo percent-encoding before comparing. */
  private static String decode(String ref) {
    return dev.charter.core.parse.JsonPointers.percentDecoded(ref);
  }

  /** Rewrites {@code $ref} values and discriminator mapping values everywhere in the tree. */
  private static void rewrite(JsonNode node, UnaryOperator<String> ref, int depth) {
    if (depth > 500) {
      return;
    }
    if (node instanceof ObjectNode o) {
      JsonNode r = o.get("$ref");
      if (r != null && r.isTextual()) {
        o.set("$ref", TextNode.valueOf(ref.apply(r.asText())));
      }
      JsonNode mapping = o.path("discriminator").path("mapping");
      if (mapping instanceof ObjectNode m) {
        m.fields().forEachRemaining(e -> {
          if (e.getValue().isTextual() && e.getValue().asText().startsWith("#")) {
            e.setValue(TextNode.valueOf(ref.apply(e.getValue().asText())));
          }
        });
      }
      o.elements().forEachRemaining(c -> rewrite(c, ref, depth + 1));
    } else if (node != null && node.isArray()) {
      node.elements().forEachRemaining(c -> rewrite(c, ref, depth + 1));
    }
  }

  /**
   * Model name mappings for schema names whose class name (by {@code toModelName}) is empty or
   * clashes, ignoring case, with an earlier schema's. Names the user mapped are left alone.
   */
  static Map<String, String> modelNameMappings(List<String> schemaNames, UnaryOperator<String> toModelName,
      Map<String, String> userMappings) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, String> computed = new LinkedHashMap<>();
    Set<String> allComputed = new HashSet<>();
    for (String name : schemaNames) {
      String model = userMappings.containsKey(name) ? userMappings.get(name) : toModelName.apply(name);
      model = model == null ? "" : model;
      computed.put(name, model);
      allComputed.add(model.toLowerCase(Locale.ROOT));
    }
    Set<String> taken = new HashSet<>();
    for (String name : schemaNames) {
      String model = computed.get(name);
      if (userMappings.containsKey(name) || (!model.isEmpty() && taken.add(model.toLowerCase(Locale.ROOT)))) {
        taken.add(model.toLowerCase(Locale.ROOT));
        continue;
      }
      String base = model.isEmpty() ? "Schema" : model;
      int i = 2;
      String candidate = base + i;
      while (taken.contains(candidate.toLowerCase(Locale.ROOT)) || allComputed.contains(candidate.toLowerCase(Locale.ROOT))) {
        candidate = base + (++i);
      }
      taken.add(candidate.toLowerCase(Locale.ROOT));
      out.put(name, candidate);
    }
    // DefaultCodegen.modelFilename renames a file whose name equals an earlier one ignoring case to
    // <name>_0, _1, ... and derives the file name from that; map those to the class names too.
    Set<String> real = new HashSet<>(schemaNames);
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String name : schemaNames) {
      groups.computeIfAbsent(computed.get(name).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(name);
    }
    for (List<String> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      for (String name : group) {
        String model = out.getOrDefault(name, computed.get(name));
        for (int i = 0; i <= group.size(); i++) {
          String variant = name + "_" + i;
          if (!real.contains(variant) && !userMappings.containsKey(variant)) {
            out.put(variant, model);
          }
        }
      }
    }
    return out;
  }

  /**
   * Field name mappings for properties that clash within one schema. {@code nameMappings} is
   * global (by property name), so a renamed property is renamed wherever it appears; that keeps
   * the code compiling and consistent.
   */
  static Map<String, String> propertyNameMappings(io.swagger.v3.oas.models.OpenAPI api, UnaryOperator<String> toVarName,
      Map<String, String> userMappings) {
    Map<String, String> out = new LinkedHashMap<>();
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return out;
    }
    SchemaWalk.breadthFirst(api.getComponents().getSchemas().values(), schema -> {
      Map<String, io.swagger.v3.oas.models.media.Schema> props = schema.getProperties();
      if (props == null) {
        return;
      }
      Set<String> taken = new HashSet<>();
      for (String prop : props.keySet()) {
        String var = userMappings.containsKey(prop) ? userMappings.get(prop)
            : out.containsKey(prop) ? out.get(prop) : toVarName.apply(prop);
        var = var == null ? "" : var;
        if (taken.add(var.toLowerCase(Locale.ROOT))) {
          continue;
        }
        if (userMappings.containsKey(prop)) {
          continue;
        }
        String base = var.isEmpty() ? "property" : var;
        int i = 2;
        while (taken.contains((base + i).toLowerCase(Locale.ROOT))) {
          i++;
        }
        taken.add((base + i).toLowerCase(Locale.ROOT));
        out.put(prop, base + i);
      }
    });
    return out;
  }

  /** Method name mappings for operationIds whose method names clash, ignoring case, with an earlier one's. */
  static Map<String, String> operationIdMappings(List<String> operationIds, UnaryOperator<String> toMethodName,
      Map<String, String> userMappings) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String id : operationIds) {
      if (userMappings.containsKey(id)) {
        taken.add(userMappings.get(id).toLowerCase(Locale.ROOT));
      }
    }
    for (String id : operationIds) {
      if (userMappings.containsKey(id) || out.containsKey(id)) {
        continue;
      }
      String method;
      try {
        method = toMethodName.apply(id);
      } catch (RuntimeException e) {
        continue;
      }
      if (method == null || method.isEmpty() || taken.add(method.toLowerCase(Locale.ROOT))) {
        continue;
      }
      int i = 2;
      while (taken.contains((method + i).toLowerCase(Locale.ROOT))) {
        i++;
      }
      taken.add((method + i).toLowerCase(Locale.ROOT));
      out.put(id, method + i);
    }
    return out;
  }
}
