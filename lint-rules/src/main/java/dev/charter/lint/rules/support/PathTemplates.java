package dev.charter.lint.rules.support;

/** Path templates compared as routers compare them: segment by segment, parameters matching anything. */
public final class PathTemplates {
  private PathTemplates() {}

  private static boolean isTemplate(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("\\{[^}/]*}");

  /**
   * The path with every parameter name erased, also where a parameter is only part of a segment:
   * {@code /pets/{}}, {@code /groups/{}.json}.
   */
  public static String normalize(String path) {
    return PARAMETER.matcher(path).replaceAll("{}");
  }

  /**
   * Whether some request path matches both templates and neither is more specific: the same number
   * of segments, equal where both are literal, and as many template positions on each side where
   * the other is literal. Identical templates are not ambiguous here (see no-identical-paths).
   */
  public static boolean ambiguous(String a, String b) {
    String[] pa = a.split("/", -1);
    String[] pb = b.split("/", -1);
    if (pa.length != pb.length || normalize(a).equals(normalize(b))) {
      return false;
    }
    int onlyA = 0;
    int onlyB = 0;
    for (int i = 0; i < pa.length; i++) {
      boolean ta = isTemplate(pa[i]);
      boolean tb = isTemplate(pb[i]);
      if (ta && tb) {
        continue;
      }
      if (ta) {
        onlyA++;
      } else if (tb) {
        onlyB++;
      } else if (!pa[i].equals(pb[i])) {
        return false;
      }
    }
    return onlyA == onlyB && onlyA > 0;
  }
}
