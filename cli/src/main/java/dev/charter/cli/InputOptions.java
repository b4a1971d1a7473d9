package dev.charter.cli;

import dev.charter.core.parse.ParseLimits;
import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** How specs are read: the same options on every command that reads them. */
public final class InputOptions {

  @Option(names = "--root", paramLabel = "DIR",
      description = "Folder that local $refs may not leave. Default: the top of the git work tree that "
          + "holds the spec, else the working directory if it holds the spec, else the spec's folder.")
  Path root;

  @Option(names = "--allow-outside-root", description = "Let local $refs reach files outside the root folder.")
  boolean allowOutsideRoot;

  @Option(names = "--allow-remote-refs", paramLabel = "HOST", split = ",",
      description = "Follow http(s) $refs to these hosts (comma-separated; * for any host). Off by default.")
  List<String> remoteHosts = new ArrayList<>();

  @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Largest document to read (default: ${DEFAULT-VALUE} bytes; units k, MB, GB).")
  long maxSize = ParseLimits.DEFAULT.maxBytes();

  @Option(names = "--stdin-name", paramLabel = "NAME",
      description = "Name to report for a spec read from standard input (-). Default: <stdin>.")
  String stdinName = "<stdin>";

  public LoadOptions loadOptions(CliEnvironment env) {
    RefPolicy policy = new RefPolicy(
        Optional.ofNullable(root).map(r -> env.workingDir().resolve(r).normalize()),
        allowOutsideRoot, Set.copyOf(remoteHosts));
    return new LoadOptions(ParseLimits.DEFAULT.withMaxBytes(maxSize), policy, env.workingDir(), env.stdin(), stdinName);
  }
}
