package dev.charter.codegen.java;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The naming strategy: turns names from a spec (any Unicode, keywords, {@code *}{@code /}, quotes,
 * path segments, 500 characters) into Java identifiers. Identifiers are ASCII only (accents are
 * dropped, other characters separate words), so that class names are portable file names; they
 * never start with a digit, are never a keyword or a restricted identifier, and are at most {@value
 * #MAX_LENGTH} characters (longer ones are cut and given a hash, so distinct long names stay
 * distinct). Making a set of names unique is the caller's job ({@link Scope}); the original name
 * always stays in the JSON mapping.
 */
public final class JavaNames {
  public static final int MAX_LENGTH = 80;

  /** Keywords, literals and restricted identifiers: none may be a class, member or variable name. */
  private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
      "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
      "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
      "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
      "null", "_", "var", "yield", "record", "sealed", "permits", "non-sealed", "exports", "module", "open", "opens",
      "provides", "requires", "to", "transitive", "uses", "with", "when");

  /**
   * Simple names a generated top-level type must not take: generated code refers to these
   * without imports (java.lang) or imports them, and a same-package class would shadow them.
   */
  private static final Set<String> TAKEN_TYPE_NAMES = Set.of("Object", "String", "Integer", "Long", "Double", "Float",
      "Boolean", "Byte", "Short", "Character", "Number", "Math", "System", "Class", "Enum", "Record", "Override",
      "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Void", "Iterable", "Comparable",
      "Exception", "RuntimeException", "Error", "Throwable", "Thread", "Runnable", "Process", "Package", "Module",
      "StringBuilder", "CharSequence", "List", "Map", "Set", "Optional", "Objects", "UUID", "URI", "BigDecimal",
      "BigInteger", "OffsetDateTime", "LocalDate", "JsonNode", "JsonProperty", "JsonInclude", "JsonIgnoreProperties",
      "JsonTypeInfo", "JsonSubTypes", "JsonValue", "JsonCreator", "JsonAnySetter", "JsonAnyGetter", "CompletionStage",
      "Generated", "LinkedHashMap", "HashMap", "ArrayList");

  private JavaNames() {}

  /** {@code user_signed-up} → {@code UserSignedUp}; {@code ..} → {@code fallback}. */
  public static String typeName(String raw, String fallback) {
    List<String> words = words(raw);
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    String name = finish(sb.toString(), fallback, raw);
    return TAKEN_TYPE_NAMES.contains(name) ? name + "Model" : name;
  }

  /** {@code Signed-Up at} → {@code signedUpAt}; {@code class} → {@code class_}. */
  public static String memberName(String raw, String fallback) {
    List<String> words = words(raw);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i == 0) {
        sb.append(lowerFirstWord(w));
      } else {
        sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return finish(sb.toString(), fallback, raw);
  }

  /** {@code auction, block_trade} → {@code AUCTION_BLOCK_TRADE}; {@code *}{@code /} → {@code fallback}. */
  public static String constantName(String raw, String fallback) {
    List<String> words = words(raw);
    List<String> upper = new ArrayList<>();
    for (String w : words) {
      // split camel case: signedUp → SIGNED_UP
      upper.add(w.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }
    return finish(String.join("_", upper), fallback, raw);
  }

  public static boolean isReserved(String name) {
    return RESERVED.contains(name);
  }

  /** {@code HTTPServer} → {@code httpServer}, {@code URL} → {@code url}, {@code Name} → {@code name}. */
  private static String lowerFirstWord(String w) {
    int upperRun = 0;
    while (upperRun < w.length() && Character.isUpperCase(w.charAt(upperRun))) {
      upperRun++;
    }
    if (upperRun <= 1) {
      return Character.toLowerCase(w.charAt(0)) + w.substring(1);
    }
    if (upperRun == w.length()) {
      return w.toLowerCase(Locale.ROOT);
    }
    // keep the last capital as the start of the next word: HTTPServer → httpServer
    return w.substring(0, upperRun - 1).toLowerCase(Locale.ROOT) + w.substring(upperRun - 1);
  }

  private static String finish(String name, String fallback, String raw) {
    if (name.isEmpty()) {
      name = fallback;
    }
    if (Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    if (RESERVED.contains(name)) {
      name = name + "_";
    }
    if (name.length() > MAX_LENGTH) {
      name = name.substring(0, MAX_LENGTH - 9) + "_" + hash(raw);
    }
    return name;
  }

  /** The ASCII words of {@code raw}: accents removed, anything not a letter or digit separates words. */
  static List<String> words(String raw) {
    String ascii = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        word.append(c);
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  private static String hash(String raw) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(String.valueOf(raw).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A set of names that must be distinct: members of one class, types of one package (ignoring
   * case, because class names are file names), constants of one enum. {@link #claim} returns the
   * name itself when free, else the name with the lowest free number appended.
   */
  public static final class Scope {
    private final Set<String> taken = new java.util.HashSet<>();
    private final boolean ignoreCase;

    public Scope(boolean ignoreCase) {
      this.ignoreCase = ignoreCase;
    }

    /** A scope that already holds {@code names} (the enclosing types of a nested type, say). */
    public Scope(boolean ignoreCase, java.util.Collection<String> names) {
      this(ignoreCase);
      names.forEach(n -> taken.add(key(n)));
    }

    private String key(String name) {
      return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    public String claim(String name) {
      if (taken.add(key(name))) {
        return name;
      }
      for (int i = 2; ; i++) {
        String candidate = name + i;
        if (taken.add(key(candidate))) {
          return candidate;
        }
      }
    }

    public boolean isTaken(String name) {
      return taken.contains(key(name));
    }
  }
}
