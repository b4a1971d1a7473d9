package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter hook run|install} and {@code charter ci} in a git repository the test creates. */
class GateCommandsTest {
  private static final Path GATE = Path.of("src/test/resources/gate").toAbsolutePath();

  @TempDir Path repo;
  private Git git;

  @BeforeEach
  void repository() throws Exception {
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    Files.createDirectories(repo.resolve("api"));
    copy("v1.yaml", "api/orders.yaml");
    Files.writeString(repo.resolve("README.md"), "not a spec\n");
    Files.writeString(repo.resolve("config.yaml"), "just: yaml\n");
    git.add().addFilepattern(".").call();
    commit("v1");
    git.tag().setName("v1.0.0").call();
  }

  private void copy(String fixture, String to) throws IOException {
    Files.copy(GATE.resolve(fixture), repo.resolve(to), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private void commit(String message) throws Exception {
    git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").setSign(false).call();
  }

  @Test
  void aStagedBreakingChangeStopsTheCommit() throws Exception {
    copy("breaking.yaml", "api/orders.yaml");
    git.add().addFilepattern("api/orders.yaml").call();
    CliRun run = CliRun.in(repo, "hook", "run");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("response-property-removed").contains("'note' removed");
    assertThat(run.err()).contains("1 staged spec checked; commit stopped");
  }

  @Test
  void aLargeStagedSpecIsRecognisedAndChecked() throws Exception {
    copy("breaking.yaml", "api/orders.yaml");
    // Over 64 KB: JGit reads a blob whole or not at all, and a smaller read limit skipped the file.
    Files.writeString(repo.resolve("api/orders.yaml"), "x-padding: " + "a".repeat(100_000) + "\n",
        java.nio.file.StandardOpenOption.APPEND);
    git.add().addFilepattern("api/orders.yaml").call();
    CliRun run = CliRun.in(repo, "hook", "run");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("response-property-removed");
  }

  @Test
  void aCompatibleChangePasses() throws Exception {
    copy("compatible.yaml", "api/orders.yaml");
    git.add().addFilepattern("api/orders.yaml").call();
    CliRun run = CliRun.in(repo, "hook", "run");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("response-property-added");
  }

  @Test
  void aStagedSpecDeletionStopsTheCommitAndARenameIsCompared() throws Exception {
    git.rm().addFilepattern("api/orders.yaml").call();
    CliRun removed = CliRun.in(repo, "hook", "run");
    assertThat(removed.exitCode()).as(removed.out() + removed.err()).isEqualTo(1);
    assertThat(removed.out()).contains("spec-removed").contains("api/orders.yaml was removed");
    assertThat(removed.err()).contains("0 staged specs checked, 1 removed; commit stopped");
    // The pre-commit framework never names a deleted file; the deletion still counts.
    assertThat(CliRun.in(repo, "hook", "run", "config.yaml").exitCode()).isEqualTo(1);
    // The same file under a new name, with a compatible change: git sees a rename, charter compares the two.
    Files.createDirectories(repo.resolve("api")); // git rm took the emptied folder away
    copy("compatible.yaml", "api/orders-v1.yaml");
    git.add().addFilepattern("api/orders-v1.yaml").call();
    CliRun renamed = CliRun.in(repo, "hook", "run");
    assertThat(renamed.exitCode()).as(renamed.out() + renamed.err()).isZero();
    assertThat(renamed.out()).contains("response-property-added").doesNotContain("spec-removed");
  }

  @Test
  void ciReportsASpecRemovedFromTheFolderAndComparesOneMovedWithinIt() throws Exception {
    Files.move(repo.resolve("api/orders.yaml"), Files.createDirectories(repo.resolve("api/v1")).resolve("orders.yaml"));
    CliRun moved = CliRun.in(repo, "ci", "--base", "v1.0.0", "api");
    assertThat(moved.exitCode()).as(moved.out() + moved.err()).isZero();
    assertThat(moved.out()).doesNotContain("spec-removed");
    assertThat(moved.err()).doesNotContain("is new");
    Files.delete(repo.resolve("api/v1/orders.yaml"));
    CliRun removed = CliRun.in(repo, "ci", "--base", "v1.0.0", "-f", "stylish", "-f", "sarif=out/ci.sarif", "api");
    assertThat(removed.exitCode()).as(removed.out() + removed.err()).isEqualTo(1);
    assertThat(removed.out()).contains("major   spec-removed  api/orders.yaml was removed");
    assertThat(Files.readString(repo.resolve("out/ci.sarif"))).contains("\"ruleId\": \"spec-removed\"");
    // With the gate off, the removal is still shown but does not fail.
    assertThat(CliRun.in(repo, "ci", "--base", "v1.0.0", "--diff-fail-on", "none", "api").exitCode()).isZero();
  }

  @Test
  void theFirstCommitOfARepositoryChecksEveryStagedSpecAsNew(@TempDir Path fresh) throws Exception {
    try (Git first = Git.init().setDirectory(fresh.toFile()).setInitialBranch("main").call()) {
      Files.createDirectories(fresh.resolve("api"));
      Files.copy(GATE.resolve("v1.yaml"), fresh.resolve("api/orders.yaml"));
      first.add().addFilepattern(".").call();
    }
    CliRun run = CliRun.in(fresh, "hook", "run");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.err()).contains(":api/orders.yaml is new: nothing to compare it with")
        .contains("1 staged spec checked");
  }

  @Test
  void theStagedVersionDecidesNotTheWorkTree() throws Exception {
    copy("compatible.yaml", "api/orders.yaml");
    git.add().addFilepattern("api/orders.yaml").call();
    copy("breaking.yaml", "api/orders.yaml"); // edited after staging: not part of the commit
    assertThat(CliRun.in(repo, "hook", "run").exitCode()).isZero();
    copy("breaking.yaml", "api/orders.yaml");
    git.add().addFilepattern("api/orders.yaml").call();
    copy("compatible.yaml", "api/orders.yaml");
    assertThat(CliRun.in(repo, "hook", "run").exitCode()).isEqualTo(1);
  }

  @Test
  void onlyStagedSpecsAreChecked() throws Exception {
    Files.writeString(repo.resolve("config.yaml"), "just: [changed, yaml]\n");
    git.add().addFilepattern("config.yaml").call();
    CliRun run = CliRun.in(repo, "hook", "run");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    // A new spec is linted; it has nothing to be compared with.
    copy("v1.yaml", "api/new.yaml");
    git.add().addFilepattern("api/new.yaml").call();
    CliRun added = CliRun.in(repo, "hook", "run");
    assertThat(added.exitCode()).isZero();
    assertThat(added.err()).contains("is new: nothing to compare it with");
  }

  @Test
  void filesFromThePreCommitFrameworkNarrowTheCheck() throws Exception {
    copy("breaking.yaml", "api/orders.yaml");
    git.add().addFilepattern("api/orders.yaml").call();
    assertThat(CliRun.in(repo, "hook", "run", "README.md").exitCode()).isZero();
    assertThat(CliRun.in(repo, "hook", "run", "api/orders.yaml").exitCode()).isEqualTo(1);
    assertThat(CliRun.in(repo.resolve("api"), "hook", "run", "orders.yaml").exitCode()).as("relative to the working directory").isEqualTo(1);
    assertThat(CliRun.in(repo, "hook", "run", "--no-diff", "api/orders.yaml").exitCode()).isZero();
  }

  @Test
  void specsListedInTheConfigAreCheckedWhateverTheyLookLike() throws Exception {
    Files.writeString(repo.resolve("charter.yaml"), "hook:\n  specs: ['api/*.yml']\n  diff-fail-on: minor\n");
    copy("compatible.yaml", "api/orders.yaml");
    git.add().addFilepattern(".").call();
    CliRun run = CliRun.in(repo, "hook", "run");
    assertThat(run.exitCode()).as("diff-fail-on from charter.yaml").isEqualTo(1);
  }

  @Test
  void installWritesAHookAndKeepsSomeoneElses() throws Exception {
    CliRun run = CliRun.in(repo, "hook", "install");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path hook = repo.resolve(".git/hooks/pre-commit");
    assertThat(hook).isExecutable();
    assertThat(Files.readString(hook)).contains("hook run").startsWith("#!/bin/sh");
    assertThat(CliRun.in(repo, "hook", "install").exitCode()).as("reinstalling is fine").isZero();
    Files.writeString(hook, "#!/bin/sh\necho mine\n");
    CliRun refused = CliRun.in(repo, "hook", "install");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("was not written by charter");
    assertThat(CliRun.in(repo, "hook", "install", "--force").exitCode()).isZero();
    assertThat(repo.resolve(".git/hooks/pre-commit.before-charter")).hasContent("#!/bin/sh\necho mine");
    assertThat(CliRun.in(repo, "hook", "install", "--uninstall").exitCode()).isZero();
    assertThat(hook).hasContent("#!/bin/sh\necho mine");
  }

  @Test
  void aHooksPathUnderTheHomeFolderIsWhereGitLooks(@TempDir Path home) throws Exception {
    git.getRepository().getConfig().setString("core", null, "hooksPath", "~/git-hooks");
    git.getRepository().getConfig().save();
    String before = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try {
      CliRun run = CliRun.in(repo, "hook", "install");
      assertThat(run.exitCode()).as(run.err()).isZero();
    } finally {
      System.setProperty("user.home", before);
    }
    assertThat(home.resolve("git-hooks/pre-commit")).content().contains(HookInstallCommand.MARKER);
    assertThat(repo.resolve("~")).doesNotExist();
  }

  @Test
  void inALinkedWorkTreeTheHookGoesWhereGitRunsIt(@TempDir Path tmp) throws Exception {
    Path linked = tmp.resolve("linked");
    Process add = new ProcessBuilder("git", "worktree", "add", "-q", linked.toString())
        .directory(repo.toFile()).redirectErrorStream(true).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(add.waitFor() == 0, "git can add a work tree");
    CliRun run = CliRun.in(linked, "hook", "install");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // git reads hooks from the main repository's folder, not from .git/worktrees/<name>/hooks.
    assertThat(repo.resolve(".git/hooks/pre-commit")).isExecutable();
  }

  @Test
  void outsideARepositoryTheHookIsAnInputError(@TempDir Path elsewhere) {
    CliRun run = CliRun.in(elsewhere, "hook", "run");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("not inside a git repository").endsWith("[git-error]");
  }

  @Test
  void ciLintsAndComparesWithTheBaseInOneRun() throws Exception {
    copy("breaking.yaml", "api/orders.yaml");
    Path summary = repo.resolve("summary.md");
    CliRun run = CliRun.in(repo, "", Map.of(), "ci", "--base", "v1.0.0", "--summary", "summary.md",
        "-f", "sarif=out/ci.sarif", "-f", "stylish", "api");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("response-property-removed");
    assertThat(Files.readString(repo.resolve("out/ci.sarif"))).contains("\"ruleId\": \"response-property-removed\"");
    assertThat(Files.readString(summary)).contains("response-property-removed").contains("## ");
    CliRun compatible = CliRun.in(repo, "ci", "--base", "v1.0.0", "--diff-fail-on", "major", "api/orders.yaml");
    assertThat(compatible.exitCode()).isEqualTo(1);
    copy("compatible.yaml", "api/orders.yaml");
    assertThat(CliRun.in(repo, "ci", "--base", "v1.0.0", "api/orders.yaml").exitCode()).isZero();
  }

  @Test
  void quietCiShowsOnlyWhatFailsTheGate() throws Exception {
    copy("compatible.yaml", "api/orders.yaml");
    CliRun all = CliRun.in(repo, "ci", "--base", "v1.0.0", "api/orders.yaml");
    assertThat(all.exitCode()).isZero();
    assertThat(all.out()).contains("response-property-added");
    CliRun quiet = CliRun.in(repo, "ci", "--quiet", "--base", "v1.0.0", "api/orders.yaml");
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.out()).doesNotContain("response-property-added");
    copy("breaking.yaml", "api/orders.yaml");
    CliRun failing = CliRun.in(repo, "ci", "--quiet", "--base", "v1.0.0", "api/orders.yaml");
    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(failing.out()).contains("response-property-removed");
  }

  @Test
  void ciTakesTheBaseFromTheCiSystemAndWritesTheJobSummary() throws Exception {
    git.branchCreate().setName("origin/main").call();
    copy("breaking.yaml", "api/orders.yaml");
    Path summary = repo.resolve("step-summary.md");
    CliRun run = CliRun.in(repo, "", Map.of("GITHUB_BASE_REF", "main", "GITHUB_STEP_SUMMARY", summary.toString()),
        "ci", "-f", "github", "api/orders.yaml");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).startsWith("::error file=api/orders.yaml,line=39,col=7,");
    assertThat(summary).exists();
    CliRun notFetched = CliRun.in(repo, "", Map.of("GITHUB_BASE_REF", "develop"), "ci", "api/orders.yaml");
    assertThat(notFetched.exitCode()).isEqualTo(2);
    assertThat(notFetched.errLines()).singleElement().asString()
        .contains("the base revision 'origin/develop' is not in this clone; fetch it first (git fetch origin develop");
    CliRun noBase = CliRun.in(repo, "ci", "api/orders.yaml");
    assertThat(noBase.exitCode()).isZero();
    assertThat(noBase.err()).contains("breaking changes were not checked");
  }
}
