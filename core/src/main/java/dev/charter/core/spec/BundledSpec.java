package dev.charter.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Location;
import dev.charter.core.parse.JsonPointers;
import java.util.List;
import java.util.Map;

/**
 * A spec as one self-contained tree: every reference to another file replaced by that file's
 * content, so the tree can be handed to libraries (swagger-parser, a JSON Schema validator) that
 * must not read files themselves. {@link #locate} maps any pointer of the bundled tree back to the
 * file and pointer it came from, so findings about the bundle still point into the right file.
 */
public final class BundledSpec {
  private final SpecDocument document;
  private final JsonNode tree;
  /** Bundled pointer of inlined content → the file and pointer it was copied from. */
  private final Map<String, SpecNode> origins;

  BundledSpec(SpecDocument document, JsonNode tree, Map<String, SpecNode> origins) {
    this.document = document;
    this.tree = tree;
    this.origins = Map.copyOf(origins);
  }

  public SpecDocument document() {
    return document;
  }

  /** The bundled tree. Shares unchanged nodes with the loaded files: never modify it. */
  public JsonNode tree() {
    return tree;
  }

  /** The file and pointer that the node at {@code bundledPointer} was copied from. */
  public SpecNode origin(String bundledPointer) {
    List<String> tokens = JsonPointers.split(bundledPointer);
    for (int n = tokens.size(); n > 0; n--) {
      String prefix = JsonPointers.join(tokens.subList(0, n));
      SpecNode origin = origins.get(prefix);
      if (origin != null) {
        String rest = JsonPointers.join(tokens.subList(n, tokens.size()));
        String pointer = origin.pointer() + rest;
        JsonNode value = origin.file().root().at(pointer);
        return new SpecNode(document, origin.file(), pointer, value);
      }
    }
    JsonNode value = document.root().root().at(bundledPointer);
    return new SpecNode(document, document.root(), bundledPointer, value);
  }

  /** Where the node at {@code bundledPointer} is in the files as written. */
  public Location locate(String bundledPointer) {
    SpecNode origin = origin(bundledPointer);
    return origin.file().locate(origin.pointer());
  }
}
