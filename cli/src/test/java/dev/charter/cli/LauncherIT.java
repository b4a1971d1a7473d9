package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher {@code bin/charter} of the application layout that {@code package} builds. */
class LauncherIT {
  private static final Path PETSTORE = Path.of("..", "examples", "petstore.yaml").toAbsolutePath().normalize();

  @TempDir Path cds;
  @TempDir Path work;

  private int charter(String... args) throws Exception {
    Path launcher = Path.of(System.getProperty("charter.app", "target/charter")).resolve("bin/charter").toAbsolutePath();
    assertThat(launcher).as("the application layout that package builds").isExecutable();
    List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
    pb.environment().put("CHARTER_CDS_DIR", cds.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(out).isTrue();
    return p.exitValue();
  }

  private List<String> archives() throws Exception {
    try (Stream<Path> files = Files.list(cds)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsa")).toList();
    }
  }

  @Test
  void theValueOfAGlobalOptionIsNotTakenForTheCommand() throws Exception {
    Files.writeString(work.resolve("ci.yaml"), "validate:\n  fail-on: error\n");
    assertThat(charter("--color", "never", "--config", "ci.yaml", "validate", PETSTORE.toString())).isZero();
    assertThat(archives()).singleElement().asString().contains("-validate-jdk").doesNotContain("-never-");
    assertThat(charter("--config=ci.yaml", "--color=never", "validate", PETSTORE.toString())).isZero();
    assertThat(archives()).as("the same command reuses its archive").hasSize(1);
  }
}
