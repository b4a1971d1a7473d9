package dev.charter.codegen.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java sources inside the test JVM (no forked javac, no Maven): the test
 * classpath supplies what the generated code imports. Annotation processing is off and warnings are
 * not collected, to keep it fast.
 */
public final class InProcessCompiler {
  private InProcessCompiler() {}

  /** The outcome: errors as {@code file:line: message}, empty when it compiled. */
  public record Result(List<String> errors, int sourceCount, Path classes) {
    public boolean ok() {
      return errors.isEmpty();
    }

    public String summary() {
      return errors.size() + " errors in " + sourceCount + " sources:\n"
          + String.join("\n", errors.subList(0, Math.min(30, errors.size())));
    }
  }

  /** Compiles every {@code .java} file under each of {@code roots} into {@code classes}. */
  public static Result compile(List<Path> roots, Path classes) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).forEach(sources::add);
      }
    }
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-Xlint:none", "-encoding", "UTF-8",
          "-implicit:none", "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
      StringWriter out = new StringWriter();
      Boolean ok = javac.getTask(out, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          String file = d.getSource() == null ? "?" : d.getSource().getName();
          errors.add(file + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
        }
      }
      if (!ok && errors.isEmpty()) {
        errors.add("javac failed: " + out);
      }
      return new Result(errors, sources.size(), classes);
    }
  }
}
