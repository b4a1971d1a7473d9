package dev.charter.lint.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.parse.Syntax;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings silenced where they are, each with a reason:
 *
 * <ul>
 *   <li>a YAML comment {@code # charter-ignore <rule-id> -- <reason>} at the end of the line the
 *       finding is on, or alone on the line above it;
 *   <li>an extension on the object the finding is about (or an ancestor of it) in YAML or JSON:
 *       {@code x-charter-ignore: {<rule-id>: <reason>}}. vacuum's {@code x-lint-ignore} (a rule id or
 *       a list of them, with no place for a reason) is read too, so specs that carry it keep working.
 * </ul>
 *
 * A suppression without a reason, or one that silences nothing, becomes a note.
 */
public final class Suppressions {
  private static final Pattern COMMENT = Pattern.compile(
      "#\\s*charter-ignore:?\\s+([A-Za-z0-9$_.,\\s-]*?)(?:\\s+--\\s*(.*?))?\\s*$");
  private static final byte[] EXTENSION = "x-charter-ignore".getBytes(StandardCharsets.UTF_8);
  private static final byte[] VACUUM_EXTENSION = "x-lint-ignore".getBytes(StandardCharsets.UTF_8);
  private static final byte[] COMMENT_MARK = "charter-ignore".getBytes(StandardCharsets.UTF_8);

  /** One suppression: the rules, where (a line, or a pointer and everything below it), and why. */
  private static final class Entry {
    final String file;
    final List<String> rules;
    final int line;
    final String pointer;
    final Location at;
    int used;

    Entry(String file, List<String> rules, int line, String pointer, Location at) {
      this.file = file;
      this.rules = rules;
      this.line = line;
      this.pointer = pointer;
      this.at = at;
    }

    boolean covers(Diagnostic d) {
      if (!rules.contains(d.id()) || !d.location().file().equals(file)) {
        return false;
      }
      if (pointer != null) {
        String p = d.location().pointer();
        return p.equals(pointer) || p.startsWith(pointer + "/");
      }
      return d.location().line() == line;
    }
  }

  /** The findings left, how many were silenced, and notes about the suppressions themselves. */
  public record Outcome(List<Diagnostic> findings, int suppressed, List<Diagnostic> notes) {}

  private Suppressions() {}

  public static Outcome apply(SpecDocument document, List<Diagnostic> findings) {
    List<Entry> entries = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    for (SpecFile file : document.files()) {
      byte[] bytes = file.bytes();
      if (file.syntax() == Syntax.YAML && contains(bytes, COMMENT_MARK)) {
        comments(file, entries, notes);
      }
      if (contains(bytes, EXTENSION) || contains(bytes, VACUUM_EXTENSION)) {
        extensions(file, file.root(), "", entries, notes);
      }
    }
    if (entries.isEmpty()) {
      return new Outcome(findings, 0, notes);
    }
    List<Diagnostic> kept = new ArrayList<>();
    int suppressed = 0;
    for (Diagnostic d : findings) {
      Entry match = null;
      for (Entry e : entries) {
        if (e.covers(d)) {
          match = e;
          break;
        }
      }
      if (match == null) {
        kept.add(d);
      } else {
        match.used++;
        suppressed++;
      }
    }
    for (Entry e : entries) {
      if (e.used == 0) {
        notes.add(new Diagnostic("unused-suppression", Severity.INFO, "suppression of " + String.join(", ", e.rules)
            + " silences nothing here; remove it", e.at));
      }
    }
    return new Outcome(kept, suppressed, notes);
  }

  private static void comments(SpecFile file, List<Entry> entries, List<Diagnostic> notes) {
    String[] lines = new String(file.bytes(), StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = commentStart(line);
      if (hash < 0) {
        continue;
      }
      Matcher m = COMMENT.matcher(line.substring(hash));
      if (!m.find() || m.start() != 0) {
        continue;
      }
      List<String> rules = ids(m.group(1));
      Location at = new Location(file.name(), "", i + 1, hash + 1, 0, 0);
      if (rules.isEmpty()) {
        notes.add(new Diagnostic("suppression-without-rule", Severity.WARN, "charter-ignore names no rule; it is not applied", at));
        continue;
      }
      String reason = m.group(2);
      if (reason == null || reason.isBlank()) {
        notes.add(new Diagnostic("suppression-without-reason", Severity.WARN, "charter-ignore " + String.join(", ", rules)
            + " gives no reason (write '-- why'); it is not applied", at));
        continue;
      }
      int target = i + 1;
      if (line.substring(0, hash).isBlank()) {
        // Alone on its line: it is about the next line with content.
        int j = i + 1;
        while (j < lines.length && (lines[j].isBlank() || lines[j].trim().startsWith("#"))) {
          j++;
        }
        target = j + 1;
      }
      entries.add(new Entry(file.name(), rules, target, null, at));
    }
  }

  /** Where a YAML comment starts on a line: a {@code #} at the start or after whitespace, outside quotes. */
  private static int commentStart(String line) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '"' && !single) {
        dbl = !dbl;
      } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> ids(String text) {
    List<String> out = new ArrayList<>();
    for (String t : text.split("[,\\s]+")) {
      if (!t.isBlank()) {
        out.add(t.trim());
      }
    }
    return out;
  }

  private static void extensions(SpecFile file, JsonNode node, String pointer, List<Entry> entries, List<Diagnostic> notes) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode()) {
          extensions(file, node.get(i), JsonPointers.append(pointer, i), entries, notes);
        }
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (String key : new String[] {"x-charter-ignore", "x-lint-ignore"}) {
      JsonNode v = node.get(key);
      if (v == null) {
        continue;
      }
      Location at = file.locate(JsonPointers.append(pointer, key));
      List<String> withReason = new ArrayList<>();
      List<String> without = new ArrayList<>();
      if (v.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          (e.getValue().isTextual() && !e.getValue().textValue().isBlank() ? withReason : without).add(e.getKey());
        }
      } else if (v.isTextual()) {
        without.add(v.textValue());
      } else if (v.isArray()) {
        v.forEach(x -> without.add(x.asText()));
      }
      if (key.equals("x-lint-ignore")) {
        // vacuum's form has no place for a reason; it is accepted as it is, for specs that already carry it.
        withReason.addAll(without);
        without.clear();
      }
      if (!without.isEmpty()) {
        notes.add(new Diagnostic("suppression-without-reason", Severity.WARN, key + " of " + String.join(", ", without)
            + " gives no reason (write {rule-id: why}); it is not applied", at));
      }
      if (!withReason.isEmpty()) {
        entries.add(new Entry(file.name(), withReason, 0, pointer, at));
      }
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isContainerNode() && !e.getKey().equals("x-charter-ignore") && !e.getKey().equals("x-lint-ignore")) {
        extensions(file, e.getValue(), JsonPointers.append(pointer, e.getKey()), entries, notes);
      }
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
