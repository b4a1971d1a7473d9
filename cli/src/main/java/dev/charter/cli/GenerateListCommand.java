package dev.charter.cli;

import dev.charter.codegen.openapigenerator.GeneratorCatalog;
import dev.charter.codegen.openapigenerator.GeneratorCatalog.Entry;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    description = "List OpenAPI Generator's generators by type (for generate client and server), or with -g NAME the generator's libraries and options (what --library and --additional-properties accept).")
final class GenerateListCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand GenerateCommand parent;

  @Option(names = {"-g", "--generator-name"}, paramLabel = "GENERATOR", description = "Show this generator's libraries and options.")
  String generatorName;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only generators of this type: client, server, documentation, schema, config, other.")
  String type;

  @Option(names = "--options", description = "With -g: also list every option (the default).", hidden = true)
  boolean options;

  @Override
  public Integer call() {
    CliEnvironment env = parent.top().environment();
    PrintWriter out = env.out();
    GeneratorCatalog catalog = GeneratorCatalog.load();
    if (generatorName != null) {
      Entry e = catalog.find(generatorName).orElseThrow(() -> {
        List<String> close = catalog.closeMatches(generatorName);
        return new InputException(new Diagnostic("generate-unknown-generator", Severity.ERROR,
            "OpenAPI Generator has no generator '" + generatorName + "'"
                + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"),
            Location.ofFile("charter generate list")));
      });
      out.println(e.name() + " (" + e.kind().label() + ", " + e.stability() + ")");
      if (!e.help().isEmpty()) {
        out.println("  " + e.help());
      }
      if (!e.libraries().isEmpty()) {
        out.println("libraries (--library):");
        new TreeMap<>(e.libraries()).forEach((k, v) -> out.println("  " + k + "  " + oneLine(v)));
      }
      Map<String, String> opts = GeneratorCatalog.options(e.name());
      if (!opts.isEmpty()) {
        out.println("options (--additional-properties KEY=VALUE):");
        opts.forEach((k, v) -> out.println("  " + k + "  " + oneLine(v)));
      }
      out.flush();
      return ExitCodes.OK;
    }
    GeneratorCatalog.Kind only = null;
    if (type != null) {
      try {
        only = GeneratorCatalog.Kind.valueOf(type.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException x) {
        throw new InputException(new Diagnostic("usage-error", Severity.ERROR, "--type " + type
            + ": expected client, server, documentation, schema, config or other", Location.ofFile("charter generate list")));
      }
    }
    GeneratorCatalog.Kind current = null;
    for (Entry e : catalog.entries()) {
      if (only != null && e.kind() != only) {
        continue;
      }
      if (e.kind() != current) {
        current = e.kind();
        out.println(current.label().toUpperCase(java.util.Locale.ROOT) + " generators:");
      }
      out.println("  " + e.name() + (e.stability().equals("stable") ? "" : " (" + e.stability() + ")"));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String oneLine(String s) {
    String t = s == null ? "" : s.replaceAll("\\s+", " ").trim();
    return t.length() > 160 ? t.substring(0, 157) + "..." : t;
  }
}
