package dev.charter.lint.engine;

import dev.charter.core.source.SpecInput;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecLoader;
import dev.charter.core.validate.SpecValidator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work that can start before a spec is parsed, on the core the parser leaves idle: the structural
 * validator compiles the official JSON Schema of a version on first use (a few hundred milliseconds
 * in a fresh JVM), so validating a tiny document of the version each input declares while the real
 * documents are still being read takes that cost off the critical path. Best effort: any problem is
 * ignored, the real run does the work again.
 */
public final class Warmup {
  private static final Pattern DECLARED = Pattern.compile(
      "(?m)^\\s*[\"']?(openapi|swagger|asyncapi)[\"']?\\s*:\\s*[\"']?(\\d+\\.\\d+(?:\\.\\d+)?)");

  private Warmup() {}

  public static void structuralValidation(List<SpecInput> inputs) {
    Set<String> versions = new LinkedHashSet<>();
    for (SpecInput input : inputs) {
      if (input instanceof SpecInput.File f) {
        try (InputStream in = Files.newInputStream(f.path())) {
          Matcher m = DECLARED.matcher(new String(in.readNBytes(16 * 1024), StandardCharsets.UTF_8));
          if (m.find()) {
            versions.add(m.group(1) + " " + m.group(2));
          }
        } catch (Exception e) {
          // Not readable here: the real load reports it.
        }
      }
    }
    for (String v : versions) {
      String[] parts = v.split(" ");
      String doc = switch (parts[0]) {
        case "swagger" -> "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n";
        case "openapi" -> "openapi: " + parts[1] + "\ninfo: {title: t, version: '1'}\npaths: {}\n";
        default -> "asyncapi: " + parts[1] + "\ninfo: {title: t, version: '1'}\n"
            + (parts[1].startsWith("2") ? "channels: {}\n" : "");
      };
      try {
        LoadOptions options = LoadOptions.defaults()
            .withStdin(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
        new SpecValidator().validate(new SpecLoader(options).load(new SpecInput.Stdin("<warm-up>")));
      } catch (Exception | Error e) {
        // Best effort.
      }
    }
  }
}
