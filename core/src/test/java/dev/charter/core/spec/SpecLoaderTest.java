package dev.charter.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Location;
import dev.charter.core.source.RefPolicy;
import dev.charter.core.source.SpecInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {
  private static final Path MULTI = Path.of("src/test/resources/spec/multifile").toAbsolutePath();

  private SpecLoader loader(Path cwd) {
    return new SpecLoader(LoadOptions.defaults().withWorkingDir(cwd));
  }

  @Test
  void multiFileSpecsLoadEveryFileOnceAndResolveAcrossThem() throws Exception {
    SpecDocument doc = loader(MULTI).load(MULTI.resolve("openapi.yaml"));
    assertThat(doc.version()).isEqualTo(SpecVersion.OPENAPI_3_0);
    assertThat(doc.files()).extracting(f -> Path.of(f.name()).getFileName().toString())
        .containsExactly("openapi.yaml", "pets.yaml", "pet.yaml", "owner.yaml");
    SpecNode pet = doc.rootNode().get("components").orElseThrow().get("schemas").orElseThrow()
        .get("Pet").orElseThrow().resolved();
    assertThat(pet.file().name()).endsWith("schemas/pet.yaml");
    SpecNode tag = pet.get("properties").orElseThrow().get("tag").orElseThrow().resolved();
    assertThat(tag.pointer()).isEqualTo("/definitions/Tag");
    Location where = tag.get("maxLength").orElseThrow().location();
    assertThat(where.file()).endsWith("schemas/pet.yaml");
    assertThat(where.line()).isEqualTo(13);
    assertThat(where.column()).isEqualTo(5);
    // A reference into a file, through a fragment, and a cycle back.
    SpecNode owner = pet.get("properties").orElseThrow().get("owner").orElseThrow().resolved();
    assertThat(owner.pointer()).isEqualTo("/Owner");
    SpecNode back = owner.get("properties").orElseThrow().get("pets").orElseThrow().get("items").orElseThrow().resolved();
    assertThat(back.file()).isSameAs(pet.file());
  }

  @Test
  void bundlingInlinesEachPieceOnceAndMapsPositionsBack() throws Exception {
    SpecDocument doc = loader(MULTI).load(MULTI.resolve("openapi.yaml"));
    BundledSpec bundle = Bundler.bundle(doc);
    JsonNode tree = bundle.tree();
    // Reusable sections are walked first, so the shared schema lands in components.
    assertThat(tree.at("/components/schemas/Pet/type").asText()).isEqualTo("object");
    assertThat(tree.at("/paths/~1pets/get/responses/200/content/application~1json/schema/items/$ref").asText())
        .isEqualTo("#/components/schemas/Pet");
    List<String> refs = new ArrayList<>();
    collectRefs(tree, refs);
    assertThat(refs).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("#/"));
    for (String r : refs) {
      assertThat(tree.at(r.substring(1)).isMissingNode()).as(r).isFalse();
    }
    Location loc = bundle.locate("/components/schemas/Pet/properties/name/type");
    assertThat(loc.file()).endsWith("schemas/pet.yaml");
    assertThat(loc.line()).isEqualTo(5);
  }

  private static void collectRefs(JsonNode n, List<String> out) {
    if (n.isObject() && n.has("$ref")) {
      out.add(n.get("$ref").asText());
    }
    n.forEach(c -> collectRefs(c, out));
  }

  @Test
  void stdinIsReadWithItsReportedName() throws Exception {
    String spec = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n";
    LoadOptions options = LoadOptions.defaults().withWorkingDir(MULTI)
        .withStdin(new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)));
    SpecDocument doc = new SpecLoader(options).load(new SpecInput.Stdin("api.yaml"));
    assertThat(doc.root().name()).isEqualTo("api.yaml");
    assertThat(doc.version()).isEqualTo(SpecVersion.OPENAPI_3_1);
  }

  @Test
  void stdinIsReadWholeWhateverTheLimitAndRefusedOverIt() throws Exception {
    String spec = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n";
    byte[] bytes = spec.getBytes(StandardCharsets.UTF_8);
    for (long limit : new long[] {Long.MAX_VALUE, bytes.length}) {
      LoadOptions options = LoadOptions.defaults().withWorkingDir(MULTI)
          .withLimits(dev.charter.core.parse.ParseLimits.DEFAULT.withMaxBytes(limit))
          .withStdin(new ByteArrayInputStream(bytes));
      SpecDocument doc = new SpecLoader(options).load(new SpecInput.Stdin("api.yaml"));
      assertThat(doc.version()).as("limit %d", limit).isEqualTo(SpecVersion.OPENAPI_3_1);
    }
    LoadOptions tight = LoadOptions.defaults().withWorkingDir(MULTI)
        .withLimits(dev.charter.core.parse.ParseLimits.DEFAULT.withMaxBytes(bytes.length - 1))
        .withStdin(new ByteArrayInputStream(bytes));
    assertThatThrownBy(() -> new SpecLoader(tight).load(new SpecInput.Stdin("api.yaml")))
        .isInstanceOfSatisfying(SpecLoadException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(d -> assertThat(d.id()).isEqualTo("file-too-large")));
  }

  @Test
  void gitRevisionsAreReadWithoutTheWorkTreeAndResolveRefsInTheSameRevision(@TempDir Path tmp) throws Exception {
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      Files.createDirectories(tmp.resolve("api/schemas"));
      Files.writeString(tmp.resolve("api/openapi.yaml"),
          "openapi: 3.0.3\ninfo: {title: v1, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      $ref: schemas/pet.yaml\n");
      Files.writeString(tmp.resolve("api/schemas/pet.yaml"), "type: object\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("v1").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").setSign(false).call();
      // The work tree moves on; the revision must not see it.
      Files.writeString(tmp.resolve("api/schemas/pet.yaml"), "type: string\n");
      Files.delete(tmp.resolve("api/openapi.yaml"));

      SpecDocument doc = loader(tmp).load("HEAD:api/openapi.yaml");
      assertThat(doc.root().name()).isEqualTo("HEAD:api/openapi.yaml");
      SpecNode pet = doc.rootNode().get("components").orElseThrow().get("schemas").orElseThrow().get("Pet").orElseThrow().resolved();
      assertThat(pet.file().name()).isEqualTo("HEAD:api/schemas/pet.yaml");
      assertThat(pet.value().get("type").asText()).isEqualTo("object");
      // ./ paths are relative to the working directory inside the repository.
      assertThat(loader(tmp.resolve("api")).load("HEAD:./openapi.yaml").root().name()).isEqualTo("HEAD:api/openapi.yaml");
      assertThatThrownBy(() -> loader(tmp).load("HEAD:api/nope.yaml"))
          .isInstanceOf(SpecLoadException.class).hasMessageContaining("does not exist in git revision HEAD");
      assertThatThrownBy(() -> loader(tmp).load("v9:api/openapi.yaml"))
          .isInstanceOf(SpecLoadException.class).hasMessageContaining("'v9' does not exist");
    }
  }

  @Test
  void theIndexHoldsTheStagedVersions(@TempDir Path tmp) throws Exception {
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      Files.createDirectories(tmp.resolve("api"));
      Files.writeString(tmp.resolve("api/openapi.yaml"),
          "openapi: 3.0.3\ninfo: {title: staged, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      $ref: pet.yaml\n");
      Files.writeString(tmp.resolve("api/pet.yaml"), "type: object\n");
      git.add().addFilepattern(".").call();
      // Edits after staging are not what will be committed.
      Files.writeString(tmp.resolve("api/openapi.yaml"), "not: staged\n");
      Files.writeString(tmp.resolve("api/pet.yaml"), "type: string\n");
      SpecDocument doc = loader(tmp).load(":api/openapi.yaml");
      assertThat(doc.root().name()).isEqualTo(":api/openapi.yaml");
      SpecNode pet = doc.rootNode().get("components").orElseThrow().get("schemas").orElseThrow().get("Pet").orElseThrow().resolved();
      assertThat(pet.file().name()).isEqualTo(":api/pet.yaml");
      assertThat(pet.value().get("type").asText()).isEqualTo("object");
      assertThatThrownBy(() -> loader(tmp).load(":api/missing.yaml"))
          .hasMessageContaining("is not in the git index");
    }
  }

  @Test
  void refsOutOfAGitRevisionAreRefused(@TempDir Path tmp) throws Exception {
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      Files.writeString(tmp.resolve("openapi.yaml"),
          "openapi: 3.0.3\ninfo: {title: v1, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: ../outside.yaml\n    B:\n      $ref: /etc/hostname\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("v1").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").setSign(false).call();
      assertThatThrownBy(() -> loader(tmp).load("HEAD:openapi.yaml"))
          .isInstanceOfSatisfying(SpecLoadException.class, e -> {
            assertThat(e.problems()).hasSize(2).allSatisfy(d -> assertThat(d.id()).isEqualTo("ref-outside-root"));
            assertThat(e.problems().get(0).location().line()).isEqualTo(7);
          });
    }
  }

  @Test
  void anExplicitRootWidensWhatReferencesMayReach(@TempDir Path tmp) throws Exception {
    Path api = Files.createDirectories(tmp.resolve("api"));
    Files.writeString(tmp.resolve("common.yaml"), "type: string\n");
    Files.writeString(api.resolve("openapi.yaml"),
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    C:\n      $ref: ../common.yaml\n");
    Path elsewhere = Files.createDirectories(tmp.resolve("x"));
    assertThatThrownBy(() -> loader(elsewhere).load(api.resolve("openapi.yaml")))
        .hasMessageContaining("leaves the root folder");
    SpecLoader rooted = new SpecLoader(LoadOptions.defaults().withWorkingDir(elsewhere)
        .withRefPolicy(RefPolicy.DEFAULT.withRoot(tmp)));
    assertThat(rooted.load(api.resolve("openapi.yaml")).files()).hasSize(2);
  }

  @Test
  void refsInsideExamplesAreDataNotReferences(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("openapi.yaml"), String.join("\n",
        "openapi: 3.0.3",
        "info: {title: t, version: '1'}",
        "paths: {}",
        "components:",
        "  examples:",
        "    Scim:",
        "      value:",
        "        members:",
        "          - $ref: https://api.example.com/Users/1",
        "  schemas:",
        "    S:",
        "      type: object",
        "      example: {$ref: not-a-ref}",
        "      default: {$ref: not-a-ref}",
        "      properties:",
        "        default:",
        "          $ref: '#/components/schemas/T'",
        "    T: {type: string}",
        ""));
    SpecDocument doc = loader(tmp).load(tmp.resolve("openapi.yaml"));
    assertThat(doc.refs()).extracting(RefSite::ref).containsExactly("#/components/schemas/T");
    assertThat(doc.findings()).isEmpty();
  }
}
