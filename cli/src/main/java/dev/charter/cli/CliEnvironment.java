package dev.charter.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run of charter sees of the world: the working directory, standard streams and the
 * environment. Tests pass their own; {@link #system()} is the real one.
 */
public record CliEnvironment(Path workingDir, InputStream stdin, PrintWriter out, PrintWriter err,
    Map<String, String> env, boolean terminal) {

  public static CliEnvironment system() {
    return new CliEnvironment(
        Path.of("").toAbsolutePath(),
        System.in,
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.getenv(),
        System.console() != null);
  }

  public String env(String name) {
    return env.get(name);
  }
}
