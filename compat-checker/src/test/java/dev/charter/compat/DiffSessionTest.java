package dev.charter.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Git inputs: REV:path with multi-file references, --base, --against-tags, and the dates they give the deprecation policy. */
class DiffSessionTest {
  @TempDir Path repo;

  private static String spec(boolean deprecated, boolean withDelete) {
    return """
        openapi: 3.0.3
        info: {title: t, version: 1.0.0}
        paths:
          /pets:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: 'schemas/pet.yaml'}
        """ + (withDelete ? """
          /pets/{id}:
            delete:
              deprecated: %s
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {'204': {description: gone}}
        """.formatted(deprecated) : "");
  }

  private static String pet(int maxLength) {
    return "type: object\nproperties:\n  name: {type: string, maxLength: " + maxLength + "}\n";
  }

  private void commit(Git git, String message, String date, String tag) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent who = new PersonIdent("t", "t@example.com", Date.from(Instant.parse(date)), TimeZone.getTimeZone("UTC"));
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    if (tag != null) {
      git.tag().setName(tag).setAnnotated(false).call();
    }
  }

  @BeforeEach
  void history() throws Exception {
    Files.createDirectories(repo.resolve("api/schemas"));
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(repo.resolve("api/openapi.yaml"), spec(false, true));
      Files.writeString(repo.resolve("api/schemas/pet.yaml"), pet(50));
      commit(git, "v1", "2025-01-01T00:00:00Z", "v1.0.0");
      Files.writeString(repo.resolve("api/openapi.yaml"), spec(true, true));
      commit(git, "deprecate delete", "2025-03-01T00:00:00Z", "v1.1.0");
    }
    // The work tree: delete removed, name allowed to be longer in responses.
    Files.writeString(repo.resolve("api/openapi.yaml"), spec(true, false));
    Files.writeString(repo.resolve("api/schemas/pet.yaml"), pet(80));
  }

  private DiffSession session(Path cwd, LocalDate today) {
    LoadOptions load = LoadOptions.defaults().withWorkingDir(cwd).withRefPolicy(RefPolicy.DEFAULT.withRoot(repo));
    return new DiffSession(load, DiffPolicy.defaults().withToday(today));
  }

  private static DiffSession.Inputs inputs(List<String> specs, String base, String tags) {
    return new DiffSession.Inputs(specs, Optional.ofNullable(base), Optional.ofNullable(tags));
  }

  @Test
  void revisionInputsFollowReferencesInsideTheRevision() throws Exception {
    List<CompatResult> r = session(repo, LocalDate.of(2025, 3, 2)).run(inputs(List.of("v1.0.0:api/openapi.yaml", "v1.1.0:api/openapi.yaml"), null, null));
    assertThat(r.get(0).changes()).extracting(Change::id).containsExactly("operation-deprecated");
    assertThat(r.get(0).oldName()).isEqualTo("v1.0.0:api/openapi.yaml");
  }

  @Test
  void baseComparesTheWorkTreeWithARevisionAndDatesTheDeprecation() throws Exception {
    // Deprecated since 2025-03-01 at the latest: 40 days before 2025-04-10, under the 90-day policy.
    CompatResult early = session(repo.resolve("api"), LocalDate.of(2025, 4, 10)).run(inputs(List.of("openapi.yaml"), "HEAD", null)).get(0);
    assertThat(early.changes()).extracting(Change::id)
        .containsExactlyInAnyOrder("operation-removed", "response-max-length-increased");
    assertThat(early.changes().stream().filter(c -> c.id().equals("operation-removed")).findFirst().orElseThrow().planned()).isFalse();
    // 120 days later the same removal is planned; the schema change still fails the gate.
    CompatResult later = session(repo.resolve("api"), LocalDate.of(2025, 8, 1)).run(inputs(List.of("openapi.yaml"), "HEAD", null)).get(0);
    Change removed = later.changes().stream().filter(c -> c.id().equals("operation-removed")).findFirst().orElseThrow();
    assertThat(removed.planned()).isTrue();
    assertThat(removed.bump()).isEqualTo(Bump.MAJOR);
    assertThat(later.failed()).isTrue();
  }

  @Test
  void againstTagsComparesWithEveryReleaseUsingTheWholeHistory() throws Exception {
    List<CompatResult> r = session(repo, LocalDate.of(2025, 8, 1)).run(inputs(List.of("api/openapi.yaml"), null, "v*"));
    assertThat(r).extracting(CompatResult::oldName).containsExactly("v1.0.0:api/openapi.yaml", "v1.1.0:api/openapi.yaml");
    // Against v1.0.0 the operation was not deprecated there: a surprise.
    assertThat(r.get(0).changes().stream().filter(c -> c.id().equals("operation-removed")).findFirst().orElseThrow().planned()).isFalse();
    // Against v1.1.0 the history shows it deprecated since 2025-03-01.
    assertThat(r.get(1).changes().stream().filter(c -> c.id().equals("operation-removed")).findFirst().orElseThrow().planned()).isTrue();
  }

  @Test
  void aRevisionThatDoesNotExistIsAnInputError() {
    assertThatThrownBy(() -> session(repo, LocalDate.now()).run(inputs(List.of("v9:api/openapi.yaml", "api/openapi.yaml"), null, null)))
        .isInstanceOf(SpecLoadException.class).hasMessageContaining("v9");
  }

  @Test
  void noMatchingTagIsAnInputError() {
    assertThatThrownBy(() -> session(repo, LocalDate.now()).run(inputs(List.of("api/openapi.yaml"), null, "release-*")))
        .isInstanceOf(CompatException.class).hasMessageContaining("release-*");
  }

  @Test
  void baseOutsideARepositoryIsAnInputError(@TempDir Path elsewhere) throws Exception {
    Files.writeString(elsewhere.resolve("openapi.yaml"), spec(false, false));
    Files.writeString(elsewhere.resolve("pet.yaml"), pet(1));
    assertThatThrownBy(() -> new DiffSession(LoadOptions.defaults().withWorkingDir(elsewhere), DiffPolicy.defaults())
        .run(inputs(List.of("openapi.yaml"), "HEAD", null)))
        .isInstanceOf(CompatException.class).hasMessageContaining("not inside a git repository");
  }
}
