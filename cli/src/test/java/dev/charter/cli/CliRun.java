package dev.charter.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One run of the charter command line, in-process, with its exit code and output captured. */
record CliRun(int exitCode, String out, String err) {

  static CliRun in(Path workingDir, String... args) {
    return in(workingDir, "", Map.of(), args);
  }

  static CliRun in(Path workingDir, String stdin, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment environment = new CliEnvironment(workingDir,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true), env, false);
    int code = CharterCommand.run(environment, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.isEmpty() ? List.of() : List.of(err.split("\n"));
  }

  List<String> outLines() {
    return out.isEmpty() ? List.of() : List.of(out.split("\n"));
  }
}
