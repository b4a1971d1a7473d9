package dev.charter.lint.bench;

import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoader;
import dev.charter.core.validate.SpecValidator;
import dev.charter.lint.RuleRegistry;
import dev.charter.lint.config.Selection;
import dev.charter.lint.engine.ActiveRule;
import dev.charter.lint.engine.DocumentLint;
import dev.charter.lint.engine.Workers;
import java.nio.file.Path;
import java.util.List;

/** Not a test: where one cold run spends its time (load, structural validation, the other rules). */
public final class PhaseTimes {
  private PhaseTimes() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    SpecDocument doc = new SpecLoader().load(Path.of(args[0]));
    long t1 = System.nanoTime();
    List<?> v = new SpecValidator().validate(doc);
    long t2 = System.nanoTime();
    RuleRegistry registry = RuleRegistry.builtIn();
    List<ActiveRule> rules = Selection.defaults(registry).rules().stream()
        .filter(r -> !r.id().endsWith("-schema") && !r.id().startsWith("asyncapi-3-document")).toList();
    long t3 = System.nanoTime();
    try (Workers w = new Workers(1)) {
      DocumentLint.Outcome o = DocumentLint.run(doc, rules, Runnable::run);
      long t4 = System.nanoTime();
      System.out.printf("load %.0f ms, validate %.0f ms (%d), registry %.0f ms, rules %.0f ms (%d findings)%n",
          (t1 - t0) / 1e6, (t2 - t1) / 1e6, v.size(), (t3 - t2) / 1e6, (t4 - t3) / 1e6, o.findings().size());
      if (args.length > 1) {
        for (ActiveRule r : rules) {
          long s = System.nanoTime();
          DocumentLint.run(doc, List.of(r), Runnable::run);
          long e = System.nanoTime();
          if ((e - s) > 5_000_000) {
            System.out.printf("  %-45s %.0f ms%n", r.id(), (e - s) / 1e6);
          }
        }
      }
    }
  }
}
