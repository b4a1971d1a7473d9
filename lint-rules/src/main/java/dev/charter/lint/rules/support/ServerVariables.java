package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.parse.JsonPointers;
import dev.charter.lint.RuleContext;
import dev.charter.lint.jsonpath.PathNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server URL templates against their variables, as Spectral's {@code serverVariables} checks them:
 * every variable used and defined, defaults in their enums, and (optionally) every substitution a
 * valid absolute URL.
 */
public final class ServerVariables {
  private static final Pattern VARIABLE = Pattern.compile("\\{(.+?)}");
  private static final Set<String> VARIABLE_MEMBERS = Set.of("enum", "default", "description", "examples");
  private static final Set<String> SPECIAL_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");
  /** Enough substitutions to find five bad URLs without trying every combination of large enums. */
  private static final int MAX_SUBSTITUTIONS = 10_000;

  private ServerVariables() {}

  public static void check(RuleContext context, PathNode server, boolean checkSubstitutions, boolean requireDefault) {
    JsonNode s = server.value();
    if (!valid(s)) {
      Reports.at(context, server, "Invalid Server Object");
      return;
    }
    check(context, server, s.get("url").textValue(), checkSubstitutions, requireDefault);
  }

  /**
   * An AsyncAPI 3 server, whose template is its {@code host} and {@code pathname} together; a server
   * of another shape is left to the schema rules. A variable that is a {@code $ref} counts as defined;
   * its enum and default are not read.
   */
  public static void checkHostAndPathname(RuleContext context, PathNode server) {
    JsonNode s = server.value();
    if (!s.isObject() || s.get("host") == null || !s.get("host").isTextual()
        || (s.has("pathname") && !s.get("pathname").isTextual())
        || (s.has("variables") && !s.get("variables").isObject())) {
      return;
    }
    check(context, server, s.get("host").textValue() + s.path("pathname").asText(""), false, false);
  }

  private static void check(RuleContext context, PathNode server, String url, boolean checkSubstitutions,
      boolean requireDefault) {
    JsonNode s = server.value();
    List<String> found = new ArrayList<>();
    Matcher m = VARIABLE.matcher(url);
    while (m.find()) {
      found.add(m.group(1));
    }
    JsonNode variables = s.get("variables");
    List<String> defined = new ArrayList<>();
    if (variables != null) {
      variables.fieldNames().forEachRemaining(defined::add);
    }
    String base = JsonPointers.append(server.pointer(), "variables");
    if (!defined.isEmpty()) {
      for (String d : defined) {
        if (!found.contains(d)) {
          context.report(server.file(), JsonPointers.append(base, d),
              "Server's \"variables\" object has unused defined \"" + d + "\" url variable.");
        }
      }
    }
    if (found.isEmpty()) {
      return;
    }
    List<String> missing = found.stream().filter(f -> !defined.contains(f)).distinct().toList();
    if (!missing.isEmpty()) {
      context.report(server.file(), base, "Not all server's variables are described with \"variables\" object. Missed: "
          + String.join(", ", found.stream().filter(f -> !defined.contains(f)).toList()) + ".");
    }
    if (variables == null) {
      return;
    }
    List<String> names = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    for (String key : defined) {
      if (!found.contains(key)) {
        continue;
      }
      JsonNode variable = variables.get(key);
      JsonNode enumValues = variable.get("enum");
      JsonNode def = variable.get("default");
      List<String> options = new ArrayList<>();
      if (enumValues != null) {
        enumValues.forEach(v -> options.add(v.textValue()));
        if (def != null && !options.contains(def.textValue())) {
          context.report(server.file(), JsonPointers.append(JsonPointers.append(base, key), "default"),
              "Server Variable \"" + key + "\" has a default not listed in the enum.");
        }
      } else if (def != null) {
        options.add(def.textValue());
      }
      names.add(key);
      values.add(options);
      if (def == null && requireDefault) {
        context.report(server.file(), JsonPointers.append(base, key), "Server Variable \"" + key + "\" has a missing default.");
      }
    }
    if (checkSubstitutions && !names.isEmpty()) {
      List<String> invalid = new ArrayList<>();
      substitute(url, names, values, 0, invalid, new int[] {0});
      if (invalid.size() >= 5) {
        context.report(server.file(), base, "At least 5 substitutions of server variables resulted in invalid URLs: "
            + String.join(", ", invalid.subList(0, 5)) + " and more");
      } else if (!invalid.isEmpty()) {
        context.report(server.file(), base, "A few substitutions of server variables resulted in invalid URLs: "
            + String.join(", ", invalid));
      }
    }
  }

  private static void substitute(String url, List<String> names, List<List<String>> values, int i, List<String> invalid,
      int[] tried) {
    for (String value : values.get(i)) {
      if (invalid.size() >= 5 || tried[0] >= MAX_SUBSTITUTIONS) {
        return;
      }
      String u = url.replace("{" + names.get(i) + "}", encodeUri(value));
      if (i == names.size() - 1) {
        tried[0]++;
        if (!isValidUrl(u)) {
          invalid.add(u);
        }
      } else {
        substitute(u, names, values, i + 1, invalid, tried);
      }
    }
  }

  /** The shape of a Server Object Spectral accepts; anything else is reported as invalid. */
  private static boolean valid(JsonNode s) {
    if (!s.isObject() || s.get("url") == null || !s.get("url").isTextual()) {
      return false;
    }
    JsonNode variables = s.get("variables");
    if (variables == null) {
      return true;
    }
    if (!variables.isObject()) {
      return false;
    }
    for (JsonNode v : variables) {
      if (!v.isObject()) {
        return false;
      }
      Iterator<String> keys = v.fieldNames();
      while (keys.hasNext()) {
        String k = keys.next();
        if (!k.startsWith("x-") && !VARIABLE_MEMBERS.contains(k)) {
          return false;
        }
      }
      JsonNode e = v.get("enum");
      if (e != null) {
        if (!e.isArray()) {
          return false;
        }
        for (JsonNode item : e) {
          if (!item.isTextual()) {
            return false;
          }
        }
      }
      for (String k : List.of("default", "description", "examples")) {
        if (v.has(k) && !v.get(k).isTextual()) {
          return false;
        }
      }
    }
    return true;
  }

  /** JavaScript's {@code encodeURI}. */
  static String encodeUri(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || ";,/?:@&=+$-_.!~*'()#".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return sb.toString();
  }

  /** Whether WHATWG's URL parser (JavaScript's {@code new URL}) accepts {@code u} without a base. */
  static boolean isValidUrl(String u) {
    int colon = u.indexOf(':');
    if (colon <= 0 || !u.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      return false;
    }
    String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!SPECIAL_SCHEMES.contains(scheme)) {
      return true;
    }
    String rest = u.substring(colon + 1).replace('\\', '/');
    while (rest.startsWith("/")) {
      rest = rest.substring(1);
    }
    int end = rest.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = rest.indexOf(c);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    String authority = rest.substring(0, end);
    int at = authority.lastIndexOf('@');
    String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
    String host = hostPort;
    if (!hostPort.startsWith("[")) {
      int portColon = hostPort.lastIndexOf(':');
      if (portColon >= 0) {
        String port = hostPort.substring(portColon + 1);
        if (!port.isEmpty() && !port.chars().allMatch(Character::isDigit)) {
          return false;
        }
        host = hostPort.substring(0, portColon);
      }
    }
    if (host.isEmpty()) {
      return false;
    }
    for (char c : host.toCharArray()) {
      if (c <= ' ' || "#%/:<>?@[\\]^|".indexOf(c) >= 0 && !(c == '%')) {
        return false;
      }
    }
    try {
      new URI(scheme, host, "/", null);
    } catch (URISyntaxException e) {
      return false;
    }
    return true;
  }
}
