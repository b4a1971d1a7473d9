package dev.charter.core.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean …?": the names closest to a misspelt one, by edit distance. */
public final class CloseNames {
  private CloseNames() {}

  /** Levenshtein distance, bounded so that long names stay cheap. */
  public static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return Math.abs(a.length() - b.length()) + 64;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Up to {@code max} candidates within a distance of a quarter of the name's length (at least 2),
   * ignoring case, closest first.
   */
  public static List<String> closest(String name, Collection<String> candidates, int max) {
    String n = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, n.length() / 4);
    return candidates.stream()
        .filter(c -> distance(n, c.toLowerCase(Locale.ROOT)) <= limit)
        .sorted(Comparator.comparingInt((String c) -> distance(n, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c))
        .limit(max)
        .toList();
  }
}
