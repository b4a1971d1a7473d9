package dev.charter.codegen.output;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A path inside the output folder, as {@code /}-separated segments. Only paths that cannot leave
 * the folder and that every common file system can hold are accepted: no absolute paths, no
 * {@code .} or {@code ..} segments, no empty segments, no backslashes, colons or control
 * characters, and no segment longer than 255 bytes. Names from a spec reach file names through
 * generators; this is the last check before anything is written.
 */
public record OutputPath(String value) implements Comparable<OutputPath> {
  private static final int MAX_SEGMENT_BYTES = 255;
  private static final int MAX_SEGMENTS = 64;

  public OutputPath {
    Optional<String> problem = problem(value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("unsafe output path '" + printable(value) + "': " + problem.get());
    }
  }

  /** Why {@code path} is not a safe relative output path, or empty when it is. */
  public static Optional<String> problem(String path) {
    if (path == null || path.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (path.startsWith("/")) {
      return Optional.of("it is absolute");
    }
    List<String> segments = List.of(path.split("/", -1));
    if (segments.size() > MAX_SEGMENTS) {
      return Optional.of("it is nested more than " + MAX_SEGMENTS + " folders deep");
    }
    for (String segment : segments) {
      if (segment.isEmpty()) {
        return Optional.of("it has an empty segment");
      }
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.of("it has a '" + segment + "' segment");
      }
      if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
        return Optional.of("a name in it is longer than " + MAX_SEGMENT_BYTES + " bytes");
      }
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (c < 0x20 || c == 0x7f) {
          return Optional.of("it contains a control character");
        }
        if (c == '\\' || c == ':') {
          return Optional.of("it contains '" + c + "'");
        }
      }
    }
    return Optional.empty();
  }

  public static OutputPath of(String path) {
    return new OutputPath(path);
  }

  public List<String> segments() {
    return List.of(value.split("/"));
  }

  /** The path with control characters shown as escapes, for messages. */
  static String printable(String path) {
    if (path == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder();
    path.codePoints().limit(300).forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  @Override
  public int compareTo(OutputPath o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
