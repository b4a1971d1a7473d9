package dev.charter.core.parse;

/**
 * Bounds on what one document may cost to read. The defaults admit every real spec we know of (the
 * largest public ones are 10 to 20 MB; a 50 MB one must load) and refuse hostile input fast.
 *
 * @param maxBytes largest document, in bytes
 * @param maxDepth deepest nesting of objects and arrays
 * @param maxNodes most values in one document, counting what YAML aliases expand to
 * @param maxAliasExpansion most values that YAML aliases may stand for in total: a "billion
 *     laughs" document is 424 bytes and expands to 10^9 values, so this is what refuses it
 */
public record ParseLimits(long maxBytes, int maxDepth, long maxNodes, long maxAliasExpansion) {

  public static final ParseLimits DEFAULT = new ParseLimits(128L * 1024 * 1024, 256, 20_000_000, 1_000_000);

  public ParseLimits {
    if (maxBytes <= 0 || maxDepth <= 0 || maxNodes <= 0 || maxAliasExpansion < 0) {
      throw new IllegalArgumentException("parse limits must be positive");
    }
  }

  public ParseLimits withMaxBytes(long bytes) {
    return new ParseLimits(bytes, maxDepth, maxNodes, maxAliasExpansion);
  }

  public ParseLimits withMaxDepth(int depth) {
    return new ParseLimits(maxBytes, depth, maxNodes, maxAliasExpansion);
  }
}
