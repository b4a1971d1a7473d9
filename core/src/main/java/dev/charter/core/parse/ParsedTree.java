package dev.charter.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One parsed document: its tree, where every node came from, and the duplicate keys seen. */
public record ParsedTree(JsonNode root, SourceMap sourceMap, Syntax syntax, List<DuplicateKey> duplicateKeys) {
  public ParsedTree {
    duplicateKeys = List.copyOf(duplicateKeys);
  }
}
