package dev.charter.lint.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.parse.ParseFailure;
import dev.charter.core.parse.ParseLimits;
import dev.charter.core.parse.Syntax;
import dev.charter.core.parse.TreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Findings accepted for now, so that a legacy spec fails only on new ones. Each entry records the
 * rule, the file (relative to the baseline's folder, so the file works in any checkout), the JSON
 * pointer, the message, and a fingerprint of the text of the line. A finding matches an entry with
 * the same rule, file, pointer and message (the usual case, however far lines moved), or failing
 * that the same rule, file, message and line text (the node was moved or renamed). Each entry
 * matches at most one finding.
 */
public final class Baseline {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int VERSION = 1;

  private record Entry(String rule, String file, String pointer, String message, String line) {}

  private final List<Entry> entries;
  private final Path dir;

  private Baseline(List<Entry> entries, Path dir) {
    this.entries = entries;
    this.dir = dir;
  }

  /** Thrown for a baseline file that cannot be read: named with what is wrong. */
  public static final class BaselineException extends Exception {
    private final transient Diagnostic diagnostic;

    BaselineException(Path file, String message) {
      this(message, Location.ofFile(file.toString()));
    }

    BaselineException(String message, Location at) {
      super(message);
      this.diagnostic = new Diagnostic("baseline-error", Severity.ERROR, message, at);
    }

    public Diagnostic toDiagnostic() {
      return diagnostic;
    }
  }

  public static Baseline read(Path file) throws BaselineException {
    Path abs = file.toAbsolutePath().normalize();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(abs);
    } catch (NoSuchFileException e) {
      throw new BaselineException(abs, "baseline " + abs + " does not exist (create it with --baseline-write)");
    } catch (IOException e) {
      throw new BaselineException(abs, "cannot read baseline " + abs + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
    JsonNode root;
    try {
      root = bytes.length == 0 ? null : new TreeReader(ParseLimits.DEFAULT).read(bytes, Syntax.JSON).root();
    } catch (ParseFailure f) {
      // Read as specs are, so that a hand-edited baseline is named at the line and column of the mistake.
      throw new BaselineException(f.getMessage(),
          new Location(abs.toString(), "", f.position().line(), f.position().column(), 0, 0));
    }
    if (root == null || !root.isObject() || !root.path("findings").isArray() || root.path("version").asInt() != VERSION) {
      throw new BaselineException(abs, "baseline " + abs + " is not a charter baseline (version " + VERSION + ")");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode e : root.get("findings")) {
      entries.add(new Entry(e.path("rule").asText(), e.path("file").asText(), e.path("pointer").asText(),
          e.path("message").asText(), e.path("line").asText()));
    }
    return new Baseline(entries, abs.getParent());
  }

  /**
   * Records {@code findings} in {@code file}, written atomically.
   *
   * @param lineText the text of a line of a file, by file name and 1-based line; empty when unknown
   */
  public static int write(Path file, List<Diagnostic> findings, LineText lineText) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    root.put("tool", "charter lint");
    ArrayNode arr = root.putArray("findings");
    List<Diagnostic> sorted = findings.stream().sorted(Diagnostic.BY_POSITION).toList();
    for (Diagnostic d : sorted) {
      ObjectNode o = arr.addObject();
      o.put("rule", d.id());
      o.put("file", relative(abs.getParent(), d.location().file()));
      o.put("pointer", d.location().pointer());
      o.put("message", d.message());
      o.put("line", fingerprint(lineText.of(d.location().file(), d.location().line())));
    }
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return sorted.size();
  }

  /** The text of line {@code line} of file {@code file}. */
  @FunctionalInterface
  public interface LineText {
    String of(String file, int line);
  }

  /** The findings the baseline does not hold, and how many it did. */
  public record Filtered(List<Diagnostic> findings, int baselined) {}

  public Filtered filter(List<Diagnostic> findings, LineText lineText) {
    Map<String, List<Integer>> byPointer = new HashMap<>();
    Map<String, List<Integer>> byLine = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      byPointer.computeIfAbsent(e.rule + '\u0000' + e.file + '\u0000' + e.pointer + '\u0000' + e.message, k -> new ArrayList<>()).add(i);
      byLine.computeIfAbsent(e.rule + '\u0000' + e.file + '\u0000' + e.message + '\u0000' + e.line, k -> new ArrayList<>()).add(i);
    }
    boolean[] used = new boolean[entries.size()];
    List<Diagnostic> unmatched = new ArrayList<>();
    List<Diagnostic> kept = new ArrayList<>();
    // Exact matches first, so that a moved node does not take the entry of one that stayed.
    for (Diagnostic d : findings.stream().sorted(Diagnostic.BY_POSITION).toList()) {
      String file = relative(dir, d.location().file());
      if (!take(byPointer.get(d.id() + '\u0000' + file + '\u0000' + d.location().pointer() + '\u0000' + d.message()), used)) {
        unmatched.add(d);
      }
    }
    int baselined = findings.size() - unmatched.size();
    for (Diagnostic d : unmatched) {
      String file = relative(dir, d.location().file());
      String line = fingerprint(lineText.of(d.location().file(), d.location().line()));
      if (take(byLine.get(d.id() + '\u0000' + file + '\u0000' + d.message() + '\u0000' + line), used)) {
        baselined++;
      } else {
        kept.add(d);
      }
    }
    return new Filtered(kept, baselined);
  }

  private static boolean take(List<Integer> candidates, boolean[] used) {
    if (candidates == null) {
      return false;
    }
    for (int i : candidates) {
      if (!used[i]) {
        used[i] = true;
        return true;
      }
    }
    return false;
  }

  /** {@code file} relative to {@code dir} with '/' separators, when it is a path inside it; else as is. */
  static String relative(Path dir, String file) {
    try {
      Path p = Path.of(file);
      if (p.isAbsolute() && dir != null && p.startsWith(dir)) {
        return dir.relativize(p).toString().replace('\\', '/');
      }
    } catch (RuntimeException e) {
      // Not a path (stdin, a git revision): kept as it is.
    }
    return file;
  }

  private static String fingerprint(String lineText) {
    String t = lineText == null ? "" : lineText.strip();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
