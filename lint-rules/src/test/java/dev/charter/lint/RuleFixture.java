package dev.charter.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import dev.charter.lint.engine.ActiveRule;
import dev.charter.lint.engine.DocumentLint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fixture of one rule: a spec whose lines carry {@code # expect: <rule-id>} markers where the
 * rule's findings must start (a JSON fixture lists them in a side file {@code <name>.expect}, one
 * {@code <line>: <rule-id>} per line). Only the rule under test runs; a finding on a line without a
 * marker, or a marker without a finding, fails. A comment {@code # options: {json}} in the first
 * lines sets the rule's options.
 */
final class RuleFixture {
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([A-Za-z0-9$_.,\\s-]+?)\\s*$");
  private static final Pattern OPTIONS = Pattern.compile("^#\\s*options:\\s*(\\{.*})\\s*$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private RuleFixture() {}

  /** The findings of {@code id} on {@code fixture}, checked against its markers; throws AssertionError on a mismatch. */
  static List<Diagnostic> verify(RuleRegistry registry, String id, Path fixture) throws IOException {
    RuleRegistry.Entry entry = registry.entry(id).orElseThrow(() -> new AssertionError("no rule " + id));
    SpecDocument doc;
    try {
      doc = new SpecLoader().load(fixture);
    } catch (SpecLoadException e) {
      throw new AssertionError("fixture " + fixture + " does not load: " + e.problems());
    }
    Map<String, com.fasterxml.jackson.databind.JsonNode> options = new HashMap<>();
    for (RuleDescriptor.Option o : entry.descriptor().options()) {
      options.put(o.name(), JSON.readTree(o.defaultValue()));
    }
    options.putAll(options(fixture));
    ActiveRule rule = new ActiveRule(entry.descriptor(), entry.rule(), entry.descriptor().severity(), options);
    DocumentLint.Outcome outcome = DocumentLint.run(doc, List.of(rule), Runnable::run);
    if (!outcome.failures().isEmpty()) {
      throw new AssertionError("rule failed: " + outcome.failures());
    }
    TreeMap<String, Integer> expected = new TreeMap<>();
    for (SpecFile f : doc.files()) {
      expected(f, id).forEach((line, n) -> expected.merge(Path.of(f.name()).getFileName() + ":" + line, n, Integer::sum));
    }
    TreeMap<String, Integer> actual = new TreeMap<>();
    for (Diagnostic d : outcome.findings()) {
      actual.merge(Path.of(d.location().file()).getFileName() + ":" + d.location().line(), 1, Integer::sum);
    }
    if (!expected.equals(actual)) {
      StringBuilder sb = new StringBuilder("findings of " + id + " on " + fixture.getFileName() + " differ from its markers\n");
      for (String k : union(expected, actual)) {
        int e = expected.getOrDefault(k, 0);
        int a = actual.getOrDefault(k, 0);
        if (e != a) {
          sb.append("  ").append(k).append(": expected ").append(e).append(", found ").append(a);
          outcome.findings().stream()
              .filter(d -> (Path.of(d.location().file()).getFileName() + ":" + d.location().line()).equals(k))
              .forEach(d -> sb.append("\n      ").append(d.message()).append(" (#").append(d.location().pointer()).append(")"));
          sb.append('\n');
        }
      }
      throw new AssertionError(sb.toString());
    }
    return outcome.findings();
  }

  private static List<String> union(Map<String, Integer> a, Map<String, Integer> b) {
    TreeMap<String, Integer> all = new TreeMap<>(a);
    all.putAll(b);
    return new ArrayList<>(all.keySet());
  }

  private static Map<String, JsonNode> options(Path fixture) throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    List<String> lines = Files.readAllLines(fixture, StandardCharsets.UTF_8);
    for (int i = 0; i < Math.min(5, lines.size()); i++) {
      Matcher m = OPTIONS.matcher(lines.get(i).trim());
      if (m.matches()) {
        Iterator<Map.Entry<String, JsonNode>> it = JSON.readTree(m.group(1)).fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          out.put(e.getKey(), e.getValue());
        }
      }
    }
    return out;
  }

  /** Line → number of expected findings of {@code id} in one file. */
  private static Map<Integer, Integer> expected(SpecFile file, String id) throws IOException {
    Map<Integer, Integer> out = new TreeMap<>();
    Path path = Path.of(file.name());
    List<String> lines = List.of(new String(file.bytes(), StandardCharsets.UTF_8).split("\n", -1));
    Path side = path.resolveSibling(path.getFileName() + ".expect");
    if (Files.exists(side)) {
      for (String l : Files.readAllLines(side, StandardCharsets.UTF_8)) {
        String t = l.trim();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        int colon = t.indexOf(':');
        if (t.substring(colon + 1).trim().equals(id)) {
          out.merge(Integer.parseInt(t.substring(0, colon).trim()), 1, Integer::sum);
        }
      }
      return out;
    }
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = EXPECT.matcher(lines.get(i));
      if (m.find()) {
        for (String token : m.group(1).split("[,\\s]+")) {
          if (token.equals(id)) {
            out.merge(i + 1, 1, Integer::sum);
          }
        }
      }
    }
    return out;
  }
}
