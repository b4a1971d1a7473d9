package dev.charter.lint.spectral;

import java.util.ArrayList;
import java.util.List;

/** A {@code then.field} written as lodash reads it: {@code a.b}, {@code a[0].b}, {@code a['x-y']}. */
final class FieldPath {
  private FieldPath() {}

  static List<Object> parse(String field) {
    List<Object> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < field.length()) {
      char c = field.charAt(i);
      if (c == '.') {
        if (sb.length() > 0) {
          out.add(sb.toString());
          sb.setLength(0);
        }
        i++;
      } else if (c == '[') {
        if (sb.length() > 0) {
          out.add(sb.toString());
          sb.setLength(0);
        }
        int end = field.indexOf(']', i);
        if (end < 0) {
          sb.append(field, i, field.length());
          break;
        }
        String inner = field.substring(i + 1, end).trim();
        if ((inner.startsWith("'") && inner.endsWith("'")) || (inner.startsWith("\"") && inner.endsWith("\""))) {
          inner = inner.substring(1, inner.length() - 1);
        }
        out.add(inner);
        i = end + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    if (sb.length() > 0) {
      out.add(sb.toString());
    }
    return out;
  }
}
