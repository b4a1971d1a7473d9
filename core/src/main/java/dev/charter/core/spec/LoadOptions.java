package dev.charter.core.spec;

import dev.charter.core.parse.ParseLimits;
import dev.charter.core.source.RefPolicy;
import java.io.InputStream;
import java.nio.file.Path;

/** How to load specs: the limits on each document, what references may reach, and where "here" is. */
public record LoadOptions(ParseLimits limits, RefPolicy refPolicy, Path workingDir, InputStream stdin,
    String stdinName) {

  public static LoadOptions defaults() {
    return new LoadOptions(ParseLimits.DEFAULT, RefPolicy.DEFAULT, Path.of("").toAbsolutePath(), System.in, "<stdin>");
  }

  public LoadOptions withRefPolicy(RefPolicy policy) {
    return new LoadOptions(limits, policy, workingDir, stdin, stdinName);
  }

  public LoadOptions withLimits(ParseLimits newLimits) {
    return new LoadOptions(newLimits, refPolicy, workingDir, stdin, stdinName);
  }

  public LoadOptions withWorkingDir(Path dir) {
    return new LoadOptions(limits, refPolicy, dir, stdin, stdinName);
  }

  public LoadOptions withStdin(InputStream in) {
    return new LoadOptions(limits, refPolicy, workingDir, in, stdinName);
  }
}
