package dev.charter.cli;

import dev.charter.codegen.FileGenerator;
import dev.charter.codegen.GenerationException;
import dev.charter.codegen.GenerationRequest;
import dev.charter.codegen.GenerationResult;
import dev.charter.codegen.Generator;
import dev.charter.codegen.WriteOptions;
import dev.charter.codegen.output.OutputFile;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.DisplayPaths;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every {@code charter generate} target shares: where the spec and the output are, how files
 * are written, and how the result is reported. Subclasses only build their {@link FileGenerator}.
 */
abstract class GenerateRun implements java.util.concurrent.Callable<Integer> {
  @picocli.CommandLine.ParentCommand GenerateCommand parent;
  @Mixin InputOptions input;

  @Option(names = {"-i", "--input-spec"}, paramLabel = "SPEC",
      description = "The spec: a file, - for standard input, or REV:path (may also be given as the last argument).")
  String inputSpec;

  @Parameters(arity = "0..1", paramLabel = "SPEC", description = "The spec, if not given with -i.")
  String positionalSpec;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The folder to generate into (created if missing).")
  Path output;

  @Option(names = "--dry-run", description = "List what would be created, updated, left unchanged or ignored; write nothing.")
  boolean dryRun;

  @Option(names = "--force",
      description = "Overwrite files charter did not write, or that were edited since it wrote them.")
  boolean force;

  @Option(names = "--skip-validate-spec",
      description = "Generate even if the spec is not valid against its official schema.")
  boolean skipValidateSpec;

  abstract FileGenerator generator(CliEnvironment env);

  @Override
  public Integer call() {
    CharterCommand top = parent.top();
    CliEnvironment env = top.environment();
    String specArg = inputSpec != null ? inputSpec : positionalSpec;
    if (specArg == null) {
      throw new InputException(new Diagnostic("usage-error", Severity.ERROR,
          "no spec given: name it with -i SPEC (or as the last argument)", Location.ofFile("charter generate")));
    }
    if (inputSpec != null && positionalSpec != null) {
      throw new InputException(new Diagnostic("usage-error", Severity.ERROR,
          "two specs given (-i " + inputSpec + " and " + positionalSpec + "); generate reads one", Location.ofFile("charter generate")));
    }
    SpecDocument spec;
    try {
      spec = new SpecLoader(input.loadOptions(env)).load(specArg);
    } catch (SpecLoadException e) {
      throw new InputException(e.problems());
    }
    FileGenerator generator = generator(env);
    Path out = env.workingDir().resolve(output).normalize();
    GenerationResult result;
    try {
      result = new Generator().generate(new GenerationRequest(spec, generator, out, new WriteOptions(dryRun, force),
          !skipValidateSpec));
    } catch (GenerationException e) {
      throw new InputException(e.problems(), e.getCause());
    }
    report(result, top, env);
    return dryRun && result.count(OutputFile.Status.CONFLICT) > 0 ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
  }

  private void report(GenerationResult result, CharterCommand top, CliEnvironment env) {
    PrintWriter err = env.err();
    for (Diagnostic note : result.notes()) {
      boolean show = note.severity().atLeast(Severity.WARN) ? !top.quiet() : top.verbose();
      if (show) {
        err.println(note.oneLine(DisplayPaths.of(env.workingDir())::display));
      }
    }
    String where = display(result.outputDir(), env);
    if (!result.written()) {
      PrintWriter out = env.out();
      for (OutputFile f : result.files()) {
        out.printf("%-9s %s%s%n", f.status().label(), f.path(),
            f.reason().isEmpty() ? "" : "  (" + f.reason() + ")");
      }
      out.flush();
      List<String> conflicts = new ArrayList<>();
      result.files().stream().filter(f -> f.status() == OutputFile.Status.CONFLICT).forEach(f -> conflicts.add(f.path().value()));
      for (String c : conflicts) {
        err.println(where + "/" + c + ": error: would not be overwritten without --force [generate-would-overwrite]");
      }
      if (!top.quiet()) {
        err.println("charter: dry run, nothing written to " + where + " (" + summary(result) + ")");
      }
    } else if (!top.quiet()) {
      err.println("charter: generated into " + where + " (" + summary(result) + ")");
    }
    err.flush();
  }

  private static String summary(GenerationResult r) {
    List<String> parts = new ArrayList<>();
    for (OutputFile.Status s : OutputFile.Status.values()) {
      long n = r.count(s);
      if (n > 0) {
        parts.add(n + " " + (r.written() ? done(s) : planned(s)));
      }
    }
    return parts.isEmpty() ? "no files" : String.join(", ", parts);
  }

  private static String done(OutputFile.Status s) {
    return switch (s) {
      case CREATE -> "created";
      case UPDATE -> "updated";
      case OVERWRITE -> "overwritten";
      default -> s.label();
    };
  }

  private static String planned(OutputFile.Status s) {
    return switch (s) {
      case CREATE -> "to create";
      case UPDATE -> "to update";
      case OVERWRITE -> "to overwrite";
      case CONFLICT -> "in the way";
      default -> s.label();
    };
  }

  static String display(Path dir, CliEnvironment env) {
    return DisplayPaths.of(env.workingDir()).display(dir.toString());
  }
}
