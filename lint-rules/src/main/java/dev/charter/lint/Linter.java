package dev.charter.lint;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.RuleInfo;
import dev.charter.core.source.SpecInput;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFinder;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import dev.charter.core.spec.SpecFile;
import dev.charter.lint.baseline.Baseline;
import dev.charter.lint.config.CharterSectionReader;
import dev.charter.lint.config.ConfigurationException;
import dev.charter.lint.config.Configurator;
import dev.charter.lint.config.RulesetDefinition;
import dev.charter.lint.config.RulesetReader;
import dev.charter.lint.config.Selection;
import dev.charter.lint.engine.ActiveRule;
import dev.charter.lint.engine.DocumentLint;
import dev.charter.lint.engine.Warmup;
import dev.charter.lint.engine.Workers;
import dev.charter.lint.suppress.Suppressions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The entry point every adapter calls (the command line, the Maven plugin): configure, load every
 * spec, run the rules, and apply settings, suppressions and the baseline to what they found.
 * Specs are linted in parallel, and within a spec the walk and the whole-document checks run side
 * by side. A Linter holds no state between runs.
 */
public final class Linter {
  /** Found on first use: finding the rules loads their classes, which can overlap with reading the spec. */
  private final java.util.function.Supplier<RuleRegistry> registry;

  public Linter(RuleRegistry registry) {
    this.registry = () -> registry;
  }

  private Linter(java.util.function.Supplier<RuleRegistry> registry) {
    this.registry = registry;
  }

  /** A linter with the built-in rules and those on the classpath. */
  public static Linter withDiscoveredRules() {
    return new Linter(new java.util.function.Supplier<RuleRegistry>() {
      private RuleRegistry found;

      @Override
      public synchronized RuleRegistry get() {
        if (found == null) {
          found = RuleRegistry.discover(Linter.class.getClassLoader());
        }
        return found;
      }
    });
  }

  public RuleRegistry registry() {
    return registry.get();
  }

  public LintResult lint(LintRequest request) {
    // Reading the first spec does not depend on the rules: it starts now, on a thread of its own,
    // while the rules are found and configured (mostly class loading) on this one.
    List<Diagnostic> inputErrors = new ArrayList<>();
    List<SpecInput> inputs = inputs(request, inputErrors);
    SpecLoader loader = new SpecLoader(request.loadOptions());
    java.util.concurrent.ExecutorService early = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "charter-lint-read");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<SpecInput, Future<Loaded>> started = new HashMap<>();
      if (!inputs.isEmpty()) {
        started.put(inputs.get(0), early.submit(() -> load(loader, inputs.get(0))));
      }
      Selection selection;
      try {
        selection = configure(request);
      } catch (ConfigurationException e) {
        return LintResult.failed(List.of(e.toDiagnostic()), List.of());
      }
      return lint(request, selection, inputs, inputErrors, loader, started);
    } finally {
      early.shutdownNow();
    }
  }

  /**
   * The rules and settings a request asks for: its Spectral rulesets (or a {@code .spectral.yaml}
   * in the working directory), then the {@code lint} section of charter.yaml. Without a ruleset
   * and without {@code extends} in charter.yaml, {@code charter:recommended} is the base.
   */
  public Selection configure(LintRequest request) throws ConfigurationException {
    List<Configurator.Layer> layers = new ArrayList<>();
    List<Path> rulesetFiles = new ArrayList<>(request.rulesets());
    if (rulesetFiles.isEmpty() && request.discoverRuleset()) {
      discoveredRuleset(request.loadOptions().workingDir()).ifPresent(rulesetFiles::add);
    }
    RulesetReader reader = new RulesetReader();
    for (Path file : rulesetFiles) {
      layers.add(new Configurator.Layer(reader.read(file), ConfigurationException.RULESET_ERROR));
    }
    RulesetDefinition section = new CharterSectionReader().read(request.config());
    layers.add(new Configurator.Layer(section, ConfigurationException.CONFIG_ERROR));
    boolean fromDefault = rulesetFiles.isEmpty() && section.extensions().isEmpty();
    return new Configurator(registry.get()).configure(layers, fromDefault);
  }

  /** Spectral's default ruleset file names, looked for in the working directory. */
  static Optional<Path> discoveredRuleset(Path dir) {
    for (String name : List.of(".spectral.yaml", ".spectral.yml", ".spectral.json")) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Lints with a selection made by the caller (tests, tools that pick rules themselves). */
  public LintResult lint(LintRequest request, Selection selection) {
    List<Diagnostic> inputErrors = new ArrayList<>();
    List<SpecInput> inputs = inputs(request, inputErrors);
    return lint(request, selection, inputs, inputErrors, new SpecLoader(request.loadOptions()), Map.of());
  }

  private LintResult lint(LintRequest request, Selection selection, List<SpecInput> inputs,
      List<Diagnostic> inputErrors, SpecLoader loader, Map<SpecInput, Future<Loaded>> started) {
    List<Diagnostic> notes = new ArrayList<>(selection.notes());
    Baseline baseline = null;
    if (request.baseline().isPresent()) {
      try {
        baseline = Baseline.read(request.baseline().get());
      } catch (Baseline.BaselineException e) {
        return LintResult.failed(List.of(e.toDiagnostic()), notes);
      }
    }
    List<String> names = new ArrayList<>();
    List<Diagnostic> findings = new ArrayList<>();
    Map<String, SpecFile> files = new HashMap<>();
    int suppressed = 0;
    try (Workers workers = Workers.forMachine()) {
      if (selection.rules().stream().anyMatch(r -> r.descriptor().family() != RuleFamily.CUSTOM
          && (r.id().endsWith("-schema") || r.id().startsWith("asyncapi-3-document")))) {
        workers.tasks().submit(() -> Warmup.structuralValidation(inputs));
      }
      List<Future<Linted>> futures = new ArrayList<>();
      for (SpecInput input : inputs) {
        Future<Loaded> read = started.get(input);
        futures.add(workers.documents().submit(() -> lintOne(read != null ? read.get() : load(loader, input), selection, workers)));
      }
      for (Future<Linted> f : futures) {
        Linted linted;
        try {
          linted = f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("linting failed: " + e.getCause(), e.getCause());
        }
        inputErrors.addAll(linted.inputErrors());
        linted.document().ifPresent(d -> {
          names.add(d.root().name());
          d.files().forEach(file -> files.putIfAbsent(file.name(), file));
        });
        findings.addAll(linted.findings());
        notes.addAll(linted.notes());
        suppressed += linted.suppressed();
      }
    }
    Baseline.LineText lineText = (file, line) -> lineOf(files.get(file), line);
    int written = -1;
    if (request.baselineWrite().isPresent()) {
      try {
        written = Baseline.write(request.baselineWrite().get(), findings, lineText);
      } catch (java.io.IOException e) {
        inputErrors.add(new Diagnostic("baseline-error", Severity.ERROR, "cannot write baseline "
            + request.baselineWrite().get() + ": " + e.getMessage(), Location.ofFile(request.baselineWrite().get().toString())));
      }
    }
    int baselined = 0;
    if (baseline != null) {
      Baseline.Filtered filtered = baseline.filter(findings, lineText);
      findings = filtered.findings();
      baselined = filtered.baselined();
    }
    Map<String, RuleInfo> rules = new LinkedHashMap<>();
    for (ActiveRule r : selection.rules()) {
      rules.put(r.id(), r.descriptor().info());
    }
    return new LintResult(names, findings, inputErrors, notes, rules, suppressed, baselined, written);
  }

  private static String lineOf(SpecFile file, int line) {
    if (file == null || line <= 0) {
      return "";
    }
    byte[] b = file.bytes();
    int current = 1;
    int start = 0;
    for (int i = 0; i < b.length && current < line; i++) {
      if (b[i] == '\n') {
        current++;
        start = i + 1;
      }
    }
    if (current != line) {
      return "";
    }
    int end = start;
    while (end < b.length && b[end] != '\n') {
      end++;
    }
    return new String(b, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
  }

  private record Linted(Optional<SpecDocument> document, List<Diagnostic> findings, List<Diagnostic> inputErrors,
      List<Diagnostic> notes, int suppressed) {}

  /** A spec as read: the document (possibly partly loaded) and the problems of reading it. */
  private record Loaded(Optional<SpecDocument> document, List<Diagnostic> problems) {}

  private static Loaded load(SpecLoader loader, SpecInput input) {
    try {
      return new Loaded(Optional.of(loader.load(input)), List.of());
    } catch (SpecLoadException e) {
      // With a partial document, the root loaded but some references did not: they are findings,
      // and the rest is linted.
      return new Loaded(e.partial(), e.problems());
    }
  }

  private static Linted lintOne(Loaded loaded, Selection selection, Workers workers) {
    if (loaded.document().isEmpty()) {
      return new Linted(Optional.empty(), List.of(), loaded.problems(), List.of(), 0);
    }
    SpecDocument doc = loaded.document().get();
    List<Diagnostic> raw = new ArrayList<>(loaded.problems());
    DocumentLint.Outcome outcome = DocumentLint.run(doc, selection.rules(), workers.tasks());
    raw.addAll(doc.findings());
    raw.addAll(outcome.findings());
    List<Diagnostic> findings = new ArrayList<>();
    for (Diagnostic d : raw) {
      selection.severityOf(d).ifPresent(sev -> findings.add(sev == d.severity() ? d : d.withSeverity(sev)));
    }
    Suppressions.Outcome suppressions = Suppressions.apply(doc, findings);
    List<Diagnostic> notes = new ArrayList<>(suppressions.notes());
    for (String failure : outcome.failures()) {
      notes.add(new Diagnostic("rule-failed", Severity.WARN, failure + " (a charter bug; the other rules ran)",
          Location.ofFile(doc.root().name())));
    }
    return new Linted(Optional.of(doc), suppressions.findings(), List.of(), notes, suppressions.suppressed());
  }

  /** The specs the arguments name: a folder stands for the specs inside it. */
  private static List<SpecInput> inputs(LintRequest request, List<Diagnostic> errors) {
    List<SpecInput> out = new ArrayList<>();
    Path cwd = request.loadOptions().workingDir();
    for (String argument : request.specs()) {
      SpecInput input = SpecInput.parse(argument, cwd, request.loadOptions().stdinName());
      if (input instanceof SpecInput.File f && Files.isDirectory(f.path())) {
        try {
          List<Path> found = SpecFinder.find(f.path());
          if (found.isEmpty()) {
            errors.add(new Diagnostic("file-not-found", Severity.ERROR,
                "folder " + f.path() + " holds no OpenAPI or AsyncAPI document", Location.ofFile(f.path().toString())));
          }
          found.forEach(p -> out.add(new SpecInput.File(p)));
        } catch (IOException e) {
          errors.add(new Diagnostic("file-not-readable", Severity.ERROR,
              "cannot read folder " + f.path() + ": " + e.getMessage(), Location.ofFile(f.path().toString())));
        }
      } else {
        out.add(input);
      }
    }
    return out;
  }
}
