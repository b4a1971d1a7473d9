package dev.charter.core.parse;

/** A member name given twice in one object: the last value wins, as in JSON.parse and YAML 1.1 loaders. */
public record DuplicateKey(String pointer, String key, TextPosition first, TextPosition second) {}
