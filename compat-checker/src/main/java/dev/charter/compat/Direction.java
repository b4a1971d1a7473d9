package dev.charter.compat;

/**
 * Which way data travels, seen from the API described: what it takes in (requests, received
 * messages, callback responses) or what it gives out (responses, sent messages, callback and
 * webhook requests). A constraint on input may only be relaxed; on output, only tightened.
 */
public enum Direction {
  INPUT,
  OUTPUT;

  public Direction flip() {
    return this == INPUT ? OUTPUT : INPUT;
  }
}
