package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorHandlerTest {

  @Test
  void anErrorEscapingACommandIsOneLineAndExitCode2() {
    // picocli hands the handler only Exceptions: CharterCommand wraps a StackOverflowError, which
    // otherwise escaped as "Exception in thread main" with exit 1, the code of a failed policy.
    StringWriter err = new StringWriter();
    CliEnvironment env = new CliEnvironment(Path.of("."), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), Map.of(), false);
    CommandLine cmd = new CommandLine(new CharterCommand(env));
    ErrorHandler handler = new ErrorHandler(env, new String[] {"diff", "a.yaml", "b.yaml"});
    int code = handler.handleExecutionException(
        new CommandLine.ExecutionException(cmd, "java.lang.StackOverflowError", new StackOverflowError()), cmd, null);
    assertThat(code).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(err.toString()).isEqualTo("charter: error: input nests too deeply to process (run with --verbose for details)\n");
  }
}
