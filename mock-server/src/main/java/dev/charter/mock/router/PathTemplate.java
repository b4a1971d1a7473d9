package dev.charter.mock.router;

import java.util.ArrayList;
import java.util.List;

/**
 * An OpenAPI path template split into segments: {@code /pets/{petId}/photos/{file}.{ext}}. A
 * segment is literal text, a whole-segment parameter ({@code {petId}}), or a mix of text and
 * parameters ({@code {file}.{ext}}, {@code {name}:publish}).
 */
public record PathTemplate(String template, List<Segment> segments) {

  public PathTemplate {
    segments = List.copyOf(segments);
  }

  /** One segment: literal {@code parts} alternate with parameter {@code names}, starting with a literal (maybe empty). */
  public record Segment(List<String> literals, List<String> names) {
    public Segment {
      literals = List.copyOf(literals);
      names = List.copyOf(names);
    }

    public boolean isLiteral() {
      return names.isEmpty();
    }

    /** A segment that is exactly one parameter. */
    public boolean isWholeParameter() {
      return names.size() == 1 && literals.get(0).isEmpty() && literals.get(1).isEmpty();
    }

    public String literal() {
      return literals.get(0);
    }

    /** The segment as written, parameter names erased: {@code {}.{}}. */
    public String shape() {
      StringBuilder sb = new StringBuilder(literals.get(0));
      for (int i = 0; i < names.size(); i++) {
        sb.append("{}").append(literals.get(i + 1));
      }
      return sb.toString();
    }

    /**
     * The parameter values when {@code text} matches this segment, else null. Each parameter
     * takes at least one character; where a separator could split the text several ways, the
     * earliest split is taken.
     */
    public String[] match(String text) {
      if (isLiteral()) {
        return literal().equals(text) ? new String[0] : null;
      }
      String[] values = new String[names.size()];
      return match(text, 0, 0, values) ? values : null;
    }

    private boolean match(String text, int at, int index, String[] values) {
      String before = literals.get(index);
      if (index == 0) {
        if (!text.startsWith(before)) {
          return false;
        }
        at = before.length();
      }
      String after = literals.get(index + 1);
      boolean last = index == names.size() - 1;
      if (last) {
        if (!text.endsWith(after) || text.length() - after.length() <= at) {
          return false;
        }
        values[index] = text.substring(at, text.length() - after.length());
        return true;
      }
      // the next literal separates this parameter from the next one
      int from = at + 1;
      while (true) {
        int sep = after.isEmpty() ? from : text.indexOf(after, from);
        if (sep < 0 || sep > text.length()) {
          return false;
        }
        values[index] = text.substring(at, sep);
        if (match(text, sep + after.length(), index + 1, values)) {
          return true;
        }
        if (after.isEmpty()) {
          // adjacent parameters ({a}{b}): give each split a try, bounded by the segment length
          from = sep + 1;
          if (from >= text.length()) {
            return false;
          }
        } else {
          from = sep + 1;
        }
      }
    }
  }

  public static PathTemplate parse(String template) {
    List<Segment> segments = new ArrayList<>();
    String path = template.startsWith("/") ? template.substring(1) : template;
    if (path.isEmpty()) {
      return new PathTemplate(template, segments);
    }
    for (String raw : path.split("/", -1)) {
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      int i = 0;
      while (i < raw.length()) {
        char c = raw.charAt(i);
        int close = c == '{' ? raw.indexOf('}', i) : -1;
        if (close > i) {
          literals.add(text.toString());
          text.setLength(0);
          names.add(raw.substring(i + 1, close));
          i = close + 1;
        } else {
          text.append(c);
          i++;
        }
      }
      literals.add(text.toString());
      segments.add(new Segment(literals, names));
    }
    return new PathTemplate(template, segments);
  }

  /** The parameter names in order of appearance. */
  public List<String> parameterNames() {
    List<String> out = new ArrayList<>();
    segments.forEach(s -> out.addAll(s.names()));
    return out;
  }
}
