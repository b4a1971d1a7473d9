package dev.charter.core.parse;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers as strings: {@code ""} is the whole document, {@code /paths/~1pets} a member. */
public final class JsonPointers {
  private JsonPointers() {}

  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  public static String unescape(String token) {
    if (token.indexOf('~') < 0) {
      return token;
    }
    return token.replace("~1", "/").replace("~0", "~");
  }

  public static String append(String pointer, String token) {
    return pointer + "/" + escape(token);
  }

  public static String append(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The unescaped tokens of a pointer; {@code ""} gives none. A missing leading slash is tolerated. */
  public static List<String> split(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    int i = pointer.startsWith("/") ? 1 : 0;
    while (true) {
      int slash = pointer.indexOf('/', i);
      if (slash < 0) {
        tokens.add(unescape(pointer.substring(i)));
        return tokens;
      }
      tokens.add(unescape(pointer.substring(i, slash)));
      i = slash + 1;
    }
  }

  public static String join(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      sb.append('/').append(escape(t));
    }
    return sb.toString();
  }

  /** The pointer one level up; the root's parent is the root. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The last token, unescaped; empty for the root. */
  public static String last(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? "" : unescape(pointer.substring(slash + 1));
  }

  /**
   * Decodes a URI fragment into a pointer: {@code #/components/schemas/Pet%20Store} gives {@code
   * /components/schemas/Pet Store}. Percent-escapes are decoded as UTF-8.
   */
  public static String fromFragment(String fragment) {
    return percentDecoded(fragment.startsWith("#") ? fragment.substring(1) : fragment);
  }

  /**
   * Undoes the percent-encoding of a URI part as UTF-8; a malformed escape such as {@code %ZZ} is
   * left as written, so the reference it is in fails to resolve where it stands instead of
   * failing the whole load.
   */
  public static String percentDecoded(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    try {
      return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
