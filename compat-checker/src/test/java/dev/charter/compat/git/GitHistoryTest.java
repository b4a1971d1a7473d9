package dev.charter.compat.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.compat.CompatException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {
  @TempDir Path dir;

  @Test
  void theLatestTagIsTheNewestReleaseByCommitDateNotByName() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "2026-01-01T00:00:00Z");
      git.tag().setName("v1.10.0").call();
      commit(git, "2026-02-01T00:00:00Z");
      git.tag().setName("v1.9.0").call(); // a later release whose name sorts first
      commit(git, "2026-03-01T00:00:00Z");
      git.tag().setName("nightly").call();
    }
    try (GitHistory history = GitHistory.open(dir)) {
      assertThat(history.latestTag("v*")).map(GitHistory.Tag::name).contains("v1.9.0");
      assertThat(history.latestTag("release-*")).isEmpty();
    }
  }

  @Test
  void aShallowCloneWithoutTagsIsNotTakenForAProjectWithoutReleases() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "2026-01-01T00:00:00Z");
      // What `git clone --depth 1` (actions/checkout's default) records: the commit where history was cut.
      git.getRepository().getObjectDatabase().setShallowCommits(java.util.Set.of(git.getRepository().resolve("HEAD")));
    }
    try (GitHistory history = GitHistory.open(dir)) {
      assertThatThrownBy(() -> history.latestTag("v*")).isInstanceOf(CompatException.class)
          .hasMessageContaining("no tag matching 'v*'").hasMessageContaining("a shallow clone")
          .hasMessageContaining("fetch-depth: 0");
    }
  }

  @Test
  void hasFileSaysWhetherAPathIsAFileAtARevision() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "2026-01-01T00:00:00Z");
    }
    try (GitHistory history = GitHistory.open(dir)) {
      assertThat(history.hasFile("HEAD", "openapi.yaml")).isTrue();
      assertThat(history.hasFile("HEAD", "other.yaml")).isFalse();
      assertThatThrownBy(() -> history.hasFile("v9", "openapi.yaml")).isInstanceOf(CompatException.class)
          .hasMessageContaining("'v9' does not exist");
    }
  }

  private void commit(Git git, String when) throws Exception {
    Files.writeString(dir.resolve("openapi.yaml"), "# " + when + "\n");
    git.add().addFilepattern(".").call();
    PersonIdent who = new PersonIdent("tests", "tests@charter.invalid", Instant.parse(when), ZoneOffset.UTC);
    git.commit().setMessage(when).setAuthor(who).setCommitter(who).call();
  }
}
