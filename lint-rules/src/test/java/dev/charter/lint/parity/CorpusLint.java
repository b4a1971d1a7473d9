package dev.charter.lint.parity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.spec.LoadOptions;
import dev.charter.lint.LintRequest;
import dev.charter.lint.LintResult;
import dev.charter.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: the charter side of {@code bench/lint-parity.py}. Lints each spec named on the command
 * line with the default ruleset and writes one JSON file per spec under the output folder:
 * {@code [{code, line, character, source, pointer, message}]} with 0-based lines as Spectral writes them.
 *
 * <p>Usage: {@code java -cp … dev.charter.lint.parity.CorpusLint CORPUS_DIR OUT_DIR FILE...} (files relative to CORPUS_DIR).
 */
public final class CorpusLint {
  private CorpusLint() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
    Path out = Path.of(args[1]);
    ObjectMapper json = new ObjectMapper();
    Linter linter = Linter.withDiscoveredRules();
    LoadOptions load = LoadOptions.defaults().withWorkingDir(corpus).withRefPolicy(
        new dev.charter.core.source.RefPolicy(java.util.Optional.of(corpus), true, java.util.Set.of()));
    for (int i = 2; i < args.length; i++) {
      String rel = args[i];
      long start = System.nanoTime();
      LintResult result = linter.lint(LintRequest.of(List.of(corpus.resolve(rel).toString()), load));
      ArrayNode arr = json.createArrayNode();
      for (Diagnostic d : result.findings()) {
        ObjectNode o = arr.addObject();
        o.put("code", d.id());
        o.put("line", d.location().line() - 1);
        o.put("character", Math.max(0, d.location().column() - 1));
        o.put("source", d.location().file());
        o.put("pointer", d.location().pointer());
        o.put("message", d.message());
      }
      for (Diagnostic d : result.inputErrors()) {
        System.err.println(rel + ": input error: " + d.oneLine());
      }
      for (Diagnostic d : result.notes()) {
        System.err.println(rel + ": note: " + d.oneLine());
      }
      Path dest = out.resolve(rel + ".json");
      Files.createDirectories(dest.getParent());
      Files.writeString(dest, json.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
      System.out.printf("%.2f %s%n", (System.nanoTime() - start) / 1e9, rel);
    }
  }
}
