package dev.charter.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Location;
import dev.charter.core.parse.NodeSpan;
import dev.charter.core.parse.ParsedTree;
import dev.charter.core.parse.SourceMap;
import dev.charter.core.parse.Syntax;
import dev.charter.core.source.DocumentId;

/** One file of a spec: the root document or a file reached through {@code $ref}. */
public final class SpecFile {
  private final DocumentId id;
  private final byte[] bytes;
  private final ParsedTree tree;

  public SpecFile(DocumentId id, byte[] bytes, ParsedTree tree) {
    this.id = id;
    this.bytes = bytes;
    this.tree = tree;
  }

  public DocumentId id() {
    return id;
  }

  /** The name findings in this file carry. */
  public String name() {
    return id.name();
  }

  /** The bytes as read; never modify. */
  public byte[] bytes() {
    return bytes;
  }

  public JsonNode root() {
    return tree.root();
  }

  public SourceMap sourceMap() {
    return tree.sourceMap();
  }

  public Syntax syntax() {
    return tree.syntax();
  }

  public ParsedTree tree() {
    return tree;
  }

  /** Where the node at {@code pointer} is, or its closest existing ancestor when it does not exist. */
  public Location locate(String pointer) {
    NodeSpan span = tree.sourceMap().closestSpan(pointer);
    return new Location(name(), pointer, span.head().line(), span.head().column(), span.end().line(), span.end().column());
  }

  @Override
  public String toString() {
    return name();
  }
}
