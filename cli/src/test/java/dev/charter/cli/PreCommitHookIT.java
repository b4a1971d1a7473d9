package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged charter as a git pre-commit hook, run by git itself: {@code charter hook install}
 * in a repository, then real commits — a breaking change is stopped, a compatible one goes through.
 */
class PreCommitHookIT {
  private static final Path GATE = Path.of("src/test/resources/gate").toAbsolutePath();

  @TempDir Path repo;
  @TempDir Path cds;
  private Path charter;

  record Result(int exit, String output) {}

  @BeforeEach
  void setUp() throws Exception {
    charter = Path.of(System.getProperty("charter.app", "target/charter")).resolve("bin/charter").toAbsolutePath();
    // failsafe runs after package, so a missing launcher is a broken build, not a reason to skip.
    assertThat(charter).as("the application layout that package builds").isExecutable();
    assumeTrue(gitIsInstalled(), "git is installed");
    git("init", "-q", "-b", "main");
    git("config", "user.email", "t@example.com");
    git("config", "user.name", "t");
    git("config", "commit.gpgsign", "false");
    Files.createDirectories(repo.resolve("api"));
    copy("v1.yaml");
    git("add", "-A");
    assertThat(git("commit", "-q", "-m", "v1").exit()).isZero();
    Result install = run(repo, charter.toString(), "hook", "install");
    assertThat(install.exit()).as(install.output()).isZero();
  }

  private void copy(String fixture) throws IOException {
    Files.copy(GATE.resolve(fixture), repo.resolve("api/orders.yaml"), StandardCopyOption.REPLACE_EXISTING);
  }

  private Result git(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    return run(repo, cmd.toArray(String[]::new));
  }

  private boolean gitIsInstalled() throws Exception {
    try {
      return run(repo, "git", "--version").exit() == 0;
    } catch (IOException e) {
      return false; // no git on the PATH: ProcessBuilder cannot start it
    }
  }

  private Result run(Path dir, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("CHARTER_CDS_DIR", cds.toString());
    pb.environment().put("NO_COLOR", "1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }

  @Test
  void aBreakingCommitIsStoppedAndACompatibleOneGoesThrough() throws Exception {
    copy("breaking.yaml");
    git("add", "api/orders.yaml");
    Result stopped = git("commit", "-m", "drop note");
    assertThat(stopped.exit()).as(stopped.output()).isNotZero();
    assertThat(stopped.output()).contains("response-property-removed").contains("commit stopped");
    assertThat(git("log", "--oneline").output().lines().count()).isEqualTo(1);

    copy("compatible.yaml");
    git("add", "api/orders.yaml");
    Result passed = git("commit", "-m", "add currency");
    assertThat(passed.exit()).as(passed.output()).isZero();
    assertThat(git("log", "--oneline").output().lines().count()).isEqualTo(2);
  }
}
