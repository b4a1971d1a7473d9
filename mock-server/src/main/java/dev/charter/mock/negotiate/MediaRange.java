package dev.charter.mock.negotiate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One media range of an {@code Accept} header ({@code application/json;q=0.8}, {@code text/*},
 * {@code *}{@code /*}), or a media type as a spec or a {@code Content-Type} writes it. Parameters
 * other than {@code q} are kept out of matching: {@code application/json; charset=utf-8} is JSON.
 */
public record MediaRange(String type, String subtype, double quality) {

  /** {@code type/subtype} in lower case, without parameters; null when {@code text} is not a media type. */
  public static MediaRange of(String text) {
    if (text == null) {
      return null;
    }
    int semi = text.indexOf(';');
    String main = (semi < 0 ? text : text.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    int slash = main.indexOf('/');
    if (slash <= 0 || slash == main.length() - 1) {
      return main.equals("*") ? new MediaRange("*", "*", quality(text, semi)) : null;
    }
    return new MediaRange(main.substring(0, slash), main.substring(slash + 1), quality(text, semi));
  }

  private static double quality(String text, int semi) {
    if (semi < 0) {
      return 1.0;
    }
    for (String p : text.substring(semi + 1).split(";")) {
      String t = p.trim();
      if (t.startsWith("q=") || t.startsWith("Q=")) {
        try {
          double q = Double.parseDouble(t.substring(2).trim());
          return q < 0 ? 0 : Math.min(q, 1);
        } catch (NumberFormatException e) {
          return 1.0;
        }
      }
    }
    return 1.0;
  }

  /** The ranges of an {@code Accept} header, in the order written; empty for a missing or blank header. */
  public static List<MediaRange> parseAccept(String header) {
    List<MediaRange> out = new ArrayList<>();
    if (header == null || header.isBlank()) {
      return out;
    }
    for (String part : header.split(",")) {
      MediaRange r = of(part);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  public boolean isWildcard() {
    return type.equals("*") || subtype.equals("*");
  }

  /** Whether this range (possibly with wildcards) includes {@code other} (possibly with wildcards too). */
  public boolean includes(MediaRange other) {
    boolean typeOk = type.equals("*") || other.type.equals("*") || type.equals(other.type);
    boolean subOk = subtype.equals("*") || other.subtype.equals("*") || subtype.equals(other.subtype);
    return typeOk && subOk;
  }

  /** How specific the range is: 2 for {@code type/subtype}, 1 for {@code type/*}, 0 for {@code *}{@code /*}. */
  public int specificity() {
    return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
  }

  /** JSON, or a JSON-based type ({@code application/problem+json}, {@code application/vnd.x+json}). */
  public boolean isJson() {
    return subtype.equals("json") || subtype.endsWith("+json");
  }

  /** Whether {@code other} names the same {@code type/subtype} (parameters and quality aside). */
  public boolean sameEssence(MediaRange other) {
    return type.equals(other.type) && subtype.equals(other.subtype);
  }

  /** Whether {@code text} is exactly this {@code type/subtype}, in any case, without parameters. */
  public boolean isEssence(String text) {
    int t = type.length();
    return text.length() == t + 1 + subtype.length() && text.regionMatches(true, 0, type, 0, t) && text.charAt(t) == '/'
        && text.regionMatches(true, t + 1, subtype, 0, subtype.length());
  }

  public String essence() {
    return type + "/" + subtype;
  }

  @Override
  public String toString() {
    return essence();
  }
}
