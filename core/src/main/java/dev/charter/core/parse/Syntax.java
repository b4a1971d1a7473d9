package dev.charter.core.parse;

/** The surface syntax a document was written in. */
public enum Syntax {
  JSON,
  YAML
}
