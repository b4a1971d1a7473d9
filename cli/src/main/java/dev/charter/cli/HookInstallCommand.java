package dev.charter.cli;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code charter hook install}: writes a plain git {@code pre-commit} hook that runs {@code charter
 * hook run}, for teams without the pre-commit framework. An existing hook that charter did not
 * write is kept unless {@code --force} (then it is saved beside as {@code pre-commit.before-charter}).
 */
@Command(name = "install", description = "Write a git pre-commit hook (in core.hooksPath, else .git/hooks) that runs 'charter hook run'.")
final class HookInstallCommand implements Callable<Integer> {
  static final String MARKER = "# charter pre-commit hook";

  @ParentCommand HookCommand hook;

  @Option(names = "--force", description = "Replace a pre-commit hook charter did not write (it is kept as pre-commit.before-charter).")
  boolean force;

  @Option(names = "--uninstall", description = "Remove the hook charter wrote.")
  boolean uninstall;

  @Override
  public Integer call() {
    CharterCommand top = hook.parent;
    CliEnvironment env = top.environment();
    Path hooks = hooksDir(env.workingDir());
    Path file = hooks.resolve("pre-commit");
    try {
      boolean ours = Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(MARKER);
      if (uninstall) {
        if (ours) {
          Files.delete(file);
          Path before = hooks.resolve("pre-commit.before-charter");
          if (Files.exists(before)) {
            Files.move(before, file);
          }
          env.err().println("charter: removed the pre-commit hook from " + hooks);
        }
        env.err().flush();
        return ExitCodes.OK;
      }
      if (Files.exists(file) && !ours) {
        if (!force) {
          throw new InputException(new Diagnostic("usage-error", Severity.ERROR, file
              + " exists and was not written by charter; pass --force to replace it (it is kept as pre-commit.before-charter)",
              Location.ofFile(file.toString())));
        }
        Files.move(file, hooks.resolve("pre-commit.before-charter"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      Files.createDirectories(hooks);
      Files.writeString(file, script(), StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        file.toFile().setExecutable(true);
      }
      env.err().println("charter: installed " + file + " (runs 'charter hook run' on every commit)");
      env.err().flush();
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new InputException(new Diagnostic("output-error", Severity.ERROR, "cannot write " + file + ": " + e.getMessage(),
          Location.ofFile(file.toString())));
    }
  }

  private static Path hooksDir(Path cwd) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(cwd.toFile());
    if (builder.getGitDir() == null) {
      throw new InputException(new Diagnostic("git-error", Severity.ERROR, cwd + " is not inside a git repository",
          Location.ofFile(cwd.toString())));
    }
    try (Repository repo = builder.build()) {
      String hooksPath = repo.getConfig().getString("core", null, "hooksPath");
      if (hooksPath != null && !hooksPath.isBlank()) {
        // git expands a leading ~ in core.hooksPath to the home folder (git config --type=path).
        Path p = hooksPath.equals("~") || hooksPath.startsWith("~/")
            ? Path.of(System.getProperty("user.home")).resolve(hooksPath.substring(1).replaceFirst("^/+", ""))
            : Path.of(hooksPath);
        Path base = repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath();
        return (p.isAbsolute() ? p : base.resolve(p)).normalize();
      }
      // In a linked work tree (`git worktree add`) git runs the hooks of the main repository.
      // A submodule's git folder is reached through '..' (sub/../.git/modules/sub): normalised for the message.
      return repo.getCommonDirectory().toPath().resolve("hooks").normalize();
    } catch (IOException e) {
      throw new InputException(new Diagnostic("git-error", Severity.ERROR, "cannot open the repository at " + cwd + ": "
          + e.getMessage(), Location.ofFile(cwd.toString())));
    }
  }

  /** The hook: this installation's launcher when it still exists, else charter on PATH. */
  private static String script() {
    String home = System.getProperty("charter.home", "");
    String launcher = home.isEmpty() ? "" : Path.of(home, "bin", "charter").toString();
    return "#!/bin/sh\n"
        + MARKER + " (written by 'charter hook install'; remove with 'charter hook install --uninstall').\n"
        + "# Lints the staged OpenAPI/AsyncAPI specs and compares each with HEAD; bypass once with 'git commit --no-verify'.\n"
        + "charter=" + shellQuote(launcher) + "\n"
        + "if [ -z \"$charter\" ] || [ ! -x \"$charter\" ]; then\n"
        + "  charter=$(command -v charter) || { echo 'charter pre-commit hook: charter is not installed (skipping)' >&2; exit 0; }\n"
        + "fi\n"
        + "exec \"$charter\" hook run\n";
  }

  private static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
