package dev.charter.compat.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compat.Bump;
import dev.charter.compat.Change;
import dev.charter.compat.CompatResult;
import dev.charter.core.diag.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The JSON report of {@code charter diff}, documented in {@code docs/diff/json-format.md}: top-level
 * {@code bump}, {@code breaking}, {@code failed} and {@code changes[]}, each change with {@code id},
 * {@code bump}, {@code operation}, {@code message}, {@code planned} and {@code old}/{@code new}
 * positions. Against several releases ({@code --against-tags}) the top level sums them up and
 * {@code comparisons[]} holds one such object per release.
 */
public final class DiffJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiffJson() {}

  public static String render(List<CompatResult> results, Path workingDir) {
    ObjectNode root;
    if (results.size() == 1) {
      root = result(results.get(0), workingDir);
    } else {
      root = MAPPER.createObjectNode();
      root.put("schema", "charter-diff/1");
      Bump bump = Bump.NONE;
      for (CompatResult r : results) {
        bump = Bump.max(bump, r.bump());
      }
      root.put("bump", bump.label());
      root.put("breaking", results.stream().anyMatch(CompatResult::breaking));
      root.put("failed", results.stream().anyMatch(CompatResult::failed));
      ArrayNode list = root.putArray("comparisons");
      results.forEach(r -> list.add(result(r, workingDir)));
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode result(CompatResult r, Path workingDir) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", "charter-diff/1");
    o.put("old", Paths.file(r.oldName(), workingDir));
    o.put("new", Paths.file(r.newName(), workingDir));
    o.put("mode", r.policy().mode().label());
    o.put("bump", r.bump().label());
    o.put("breaking", r.breaking());
    o.put("failed", r.failed());
    if (r.policy().failOn().isPresent()) {
      o.put("failOn", r.policy().failOn().get().label());
    } else {
      o.putNull("failOn");
    }
    ObjectNode counts = o.putObject("summary");
    for (Map.Entry<Bump, Integer> e : ChangeOrder.counts(r.changes()).entrySet()) {
      counts.put(e.getKey().label(), e.getValue());
    }
    counts.put("planned", r.changes().stream().filter(Change::planned).count());
    r.version().ifPresent(v -> {
      ObjectNode ver = o.putObject("version");
      ver.put("old", v.oldVersion());
      ver.put("new", v.newVersion());
      ver.put("required", v.required().label());
      ver.put("satisfied", v.satisfied());
      v.suggested().ifPresent(s -> ver.put("suggested", s));
      ver.put("message", v.message());
    });
    ArrayNode changes = o.putArray("changes");
    for (Change c : r.changes()) {
      ObjectNode j = changes.addObject();
      j.put("id", c.id());
      j.put("bump", c.bump().label());
      j.put("breaking", c.breaking());
      j.put("planned", c.planned());
      j.put("operation", c.operation());
      j.put("message", c.message());
      ArrayNode others = j.putArray("otherOperations");
      c.otherOperations().forEach(others::add);
      j.set("old", location(c.oldLocation(), workingDir));
      j.set("new", location(c.newLocation(), workingDir));
    }
    return o;
  }

  private static ObjectNode location(Location l, Path workingDir) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("file", Paths.file(l.file(), workingDir));
    o.put("line", l.line());
    o.put("column", l.column());
    o.put("pointer", l.pointer());
    return o;
  }
}
