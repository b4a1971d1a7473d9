package dev.charter.codegen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.codegen.output.OutputFile.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The safety rules of the output folder, one by one, without any generator. */
class OutputWriterTest {
  @TempDir Path dir;
  Path out;
  Staging staging;
  final OutputWriter writer = new OutputWriter();

  @BeforeEach
  void setUp() throws IOException {
    out = dir.resolve("out");
    staging = Staging.create();
  }

  @AfterEach
  void tearDown() {
    staging.close();
  }

  private OutputWriter.Plan stageAndPlan(Map<String, String> files, boolean force) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      staging.write(f.getKey(), f.getValue());
    }
    return writer.plan(staging.files(), out, force);
  }

  private void run(Map<String, String> files) throws IOException {
    Staging s = Staging.create();
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        s.write(f.getKey(), f.getValue());
      }
      writer.write(writer.plan(s.files(), out, false));
    } finally {
      s.close();
    }
  }

  private Map<String, String> tree() throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(out)) {
      return files;
    }
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }

  private static Map<String, Status> statuses(OutputWriter.Plan plan) {
    Map<String, Status> m = new TreeMap<>();
    plan.files().forEach(f -> m.put(f.path().value(), f.status()));
    return m;
  }

  @Test
  void newFilesAreCreatedAndRecordedInTheManifest() throws IOException {
    run(Map.of("a/B.java", "class B {}", "README.md", "hi"));
    assertThat(tree()).containsEntry("a/B.java", "class B {}").containsEntry("README.md", "hi")
        .containsKey(".charter/generated-files");
    assertThat(tree().get(".charter/generated-files")).contains("  a/B.java\n").contains("  README.md\n");
  }

  @Test
  void unchangedFilesAreLeftAloneAndChangedOnesUpdated() throws IOException {
    run(Map.of("a.txt", "1", "b.txt", "1"));
    OutputWriter.Plan plan = stageAndPlan(Map.of("a.txt", "1", "b.txt", "2", "c.txt", "3"), false);
    assertThat(statuses(plan)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "a.txt", Status.UNCHANGED, "b.txt", Status.UPDATE, "c.txt", Status.CREATE)));
    writer.write(plan);
    assertThat(tree()).containsEntry("b.txt", "2").containsEntry("c.txt", "3");
  }

  @Test
  void aFileCharterDidNotWriteIsAConflictUnlessForced() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("Mine.java"), "// mine");
    OutputWriter.Plan plan = stageAndPlan(Map.of("Mine.java", "// generated"), false);
    assertThat(plan.conflicts()).singleElement().satisfies(f -> {
      assertThat(f.path().value()).isEqualTo("Mine.java");
      assertThat(f.reason()).contains("not written by charter");
    });
    assertThatThrownBy(() -> writer.write(plan)).isInstanceOf(IllegalStateException.class);
    assertThat(tree()).containsEntry("Mine.java", "// mine");

    OutputWriter.Plan forced = writer.plan(staging.files(), out, true);
    assertThat(statuses(forced)).containsEntry("Mine.java", Status.OVERWRITE);
    writer.write(forced);
    assertThat(tree()).containsEntry("Mine.java", "// generated");
  }

  @Test
  void aGeneratedFileTheUserEditedIsAConflict() throws IOException {
    run(Map.of("Gen.java", "v1"));
    Files.writeString(out.resolve("Gen.java"), "v1 plus my change");
    OutputWriter.Plan plan = stageAndPlan(Map.of("Gen.java", "v2"), false);
    assertThat(plan.conflicts()).singleElement().satisfies(f -> assertThat(f.reason()).contains("edited since"));
  }

  @Test
  void filesListedByOpenApiGeneratorCountAsGenerated() throws IOException {
    Files.createDirectories(out.resolve(".openapi-generator"));
    Files.writeString(out.resolve(".openapi-generator/FILES"), "README.md\nsrc/A.java\n");
    Files.writeString(out.resolve("README.md"), "old");
    Files.createDirectories(out.resolve("src"));
    Files.writeString(out.resolve("src/A.java"), "old");
    OutputWriter.Plan plan = stageAndPlan(Map.of("README.md", "new", "src/A.java", "new"), false);
    assertThat(plan.conflicts()).isEmpty();
    assertThat(statuses(plan)).containsValues(Status.UPDATE);
  }

  @Test
  void theIgnoreFileKeepsFilesOut() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve(".openapi-generator-ignore"), "# keep my README\nREADME.md\ndocs/**\n");
    Files.writeString(out.resolve("README.md"), "mine");
    OutputWriter.Plan plan = stageAndPlan(Map.of("README.md", "generated", "docs/x.md", "x", "src/A.java", "a"), false);
    assertThat(statuses(plan)).containsEntry("README.md", Status.IGNORED).containsEntry("docs/x.md", Status.IGNORED)
        .containsEntry("src/A.java", Status.CREATE);
    writer.write(plan);
    assertThat(tree()).containsEntry("README.md", "mine").doesNotContainKey("docs/x.md").containsKey("src/A.java");
  }

  @Test
  void symbolicLinksOnTheWayAreRefused() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("src"), elsewhere);
    assertThatThrownBy(() -> stageAndPlan(Map.of("src/A.java", "a"), true))
        .isInstanceOf(UnsafeOutputException.class).hasMessageContaining("symbolic link");
    Files.createSymbolicLink(out.resolve("link.txt"), elsewhere.resolve("target.txt"));
    assertThatThrownBy(() -> writer.plan(List.of(stagedFile("link.txt", "x")), out, true))
        .isInstanceOf(UnsafeOutputException.class);
    assertThat(elsewhere).isEmptyDirectory();
  }

  @Test
  void anOutputFolderBelowAFileIsRefusedByName() throws IOException {
    // was "could not write the generated files (/…/afile)" after generating, and a dry run listed creates
    Path file = Files.writeString(dir.resolve("afile"), "x");
    assertThatThrownBy(() -> writer.plan(List.of(stagedFile("A.java", "a")), file.resolve("sub/deeper"), false))
        .isInstanceOf(UnsafeOutputException.class)
        .hasMessage(file.resolve("sub/deeper") + " cannot be a folder: " + file + " is a file");
  }

  @Test
  void theOutputFolderItselfMayBeALink() throws IOException {
    Path real = Files.createDirectories(dir.resolve("scratch/real"));
    Files.createSymbolicLink(out, real);
    OutputWriter.Plan plan = stageAndPlan(Map.of("src/A.java", "a"), false);
    assertThat(plan.outputDir()).as("messages name the folder as given").isEqualTo(out);
    writer.write(plan);
    assertThat(real.resolve("src/A.java")).hasContent("a");
    assertThat(real.resolve(".charter/generated-files")).exists();

    // a folder still to be made below a link
    Path below = out.resolve("sub/client");
    Staging more = Staging.create();
    try {
      more.write("B.java", "b");
      writer.write(writer.plan(more.files(), below, false));
    } finally {
      more.close();
    }
    assertThat(real.resolve("sub/client/B.java")).hasContent("b");
    assertThat(Files.isSymbolicLink(out)).isTrue();
  }

  private Staging.Staged stagedFile(String path, String content) throws IOException {
    staging.write(path, content);
    return new Staging.Staged(OutputPath.of(path), staging.resolve(OutputPath.of(path)));
  }

  @Test
  void unsafePathsNeverGetThatFar() {
    for (String bad : List.of("../x", "/etc/passwd", "a/../../x", "a//b", "a\\b", "C:x", "a/\u0000b", ".", "",
        "x".repeat(256))) {
      assertThat(OutputPath.problem(bad)).as(bad).isPresent();
    }
    assertThat(OutputPath.problem("src/main/java/Ünïcödé.java")).isEmpty();
    assertThatThrownBy(() -> staging.write("../escape.txt", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve("escape.txt")).doesNotExist();
  }

  @Test
  void filesAGeneratorPutsOutsideThePathRulesAreRefusedAsAWhole() throws IOException {
    staging.write("ok.txt", "ok");
    Files.writeString(staging.root().resolve("bad\\name.txt"), "x");
    assertThatThrownBy(() -> staging.files()).isInstanceOf(UnsafeOutputException.class).hasMessageContaining("bad");
  }

  @Test
  void aFailedWriteLeavesTheFolderAsItWas() throws IOException {
    run(Map.of("a.txt", "1", "b.txt", "1"));
    Map<String, String> before = tree();
    staging.write("a.txt", "2");
    staging.write("b.txt", "2");
    staging.write("c.txt", "new");
    staging.write("d/e.txt", "new");
    OutputWriter.Plan plan = writer.plan(staging.files(), out, false);
    // The last staged file disappears before the write: the write fails part-way through.
    Files.delete(staging.root().resolve("d/e.txt"));
    assertThatThrownBy(() -> writer.write(plan)).isInstanceOf(IOException.class);
    assertThat(tree()).isEqualTo(before);
    assertThat(out.resolve("d")).doesNotExist();
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aSeededFileTheGeneratorLeftAloneIsNotStaged() throws IOException {
    staging.seed(OutputPath.of(".openapi-generator-ignore"), "mine".getBytes(StandardCharsets.UTF_8));
    staging.write("a.txt", "a");
    assertThat(staging.files()).extracting(f -> f.path().value()).containsExactly("a.txt");
  }
}
