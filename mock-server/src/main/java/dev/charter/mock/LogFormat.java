package dev.charter.mock;

/** How each request is logged: one line of text, one JSON object per line, or not at all. */
public enum LogFormat {
  TEXT,
  JSON,
  NONE
}
