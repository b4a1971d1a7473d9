package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.core.report.DisplayPaths.Artifact;
import dev.charter.core.report.DisplayPaths.Base;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisplayPathsTest {

  private final DisplayPaths inRepo = DisplayPaths.of(SampleReports.CONTEXT);
  private final DisplayPaths noRepo = DisplayPaths.of(ReportContext.plain(Path.of("/ws/repo/services")));

  @Test
  void displayIsRelativeToTheWorkingDirectoryWhenInside() {
    assertThat(inRepo.display("/ws/repo/services/api/pets.yaml")).isEqualTo("api/pets.yaml");
    assertThat(inRepo.display("/ws/repo/services")).isEqualTo(".");
    assertThat(inRepo.display("/ws/repo/services/../shared/a.yaml")).isEqualTo("/ws/repo/shared/a.yaml");
    assertThat(inRepo.display("/ws/repo/servicesX/a.yaml")).as("a sibling with a common prefix is outside")
        .isEqualTo("/ws/repo/servicesX/a.yaml");
    assertThat(inRepo.display("api/pets.yaml")).isEqualTo("api/pets.yaml");
    assertThat(inRepo.display("/ws/repo/services/a:b.yaml")).as("a colon in an absolute path").isEqualTo("a:b.yaml");
  }

  @Test
  void nonFilesAreShownAsGiven() {
    for (DisplayPaths p : new DisplayPaths[] {inRepo, noRepo}) {
      assertThat(p.display("<stdin>")).isEqualTo("<stdin>");
      assertThat(p.display("HEAD~1:api/pets.yaml")).isEqualTo("HEAD~1:api/pets.yaml");
      assertThat(p.display("https://example.com/a.yaml")).isEqualTo("https://example.com/a.yaml");
      assertThat(p.display("file:///x/a.yaml")).isEqualTo("file:///x/a.yaml");
    }
  }

  @Test
  void artifactsPreferTheRepositoryRoot() {
    assertThat(inRepo.artifact("/ws/repo/services/api/pets.yaml")).isEqualTo(new Artifact(Base.REPOSITORY, "services/api/pets.yaml"));
    assertThat(inRepo.artifact("/ws/repo/shared/a.yaml")).isEqualTo(new Artifact(Base.REPOSITORY, "shared/a.yaml"));
    assertThat(inRepo.artifact("/tmp/x.yaml")).isEqualTo(new Artifact(Base.ABSOLUTE, "/tmp/x.yaml"));
    assertThat(inRepo.artifact("api/pets.yaml")).as("relative to the working directory")
        .isEqualTo(new Artifact(Base.REPOSITORY, "services/api/pets.yaml"));
    assertThat(noRepo.artifact("/ws/repo/services/api/pets.yaml")).isEqualTo(new Artifact(Base.WORKING_DIR, "api/pets.yaml"));
    assertThat(noRepo.artifact("/ws/repo/shared/a.yaml")).isEqualTo(new Artifact(Base.ABSOLUTE, "/ws/repo/shared/a.yaml"));
  }

  @Test
  void workingDirectoryOutsideTheRepository() {
    DisplayPaths p = DisplayPaths.of(new ReportContext(Path.of("/elsewhere"), Optional.of(Path.of("/ws/repo")), false));
    Artifact a = p.artifact("/elsewhere/a.yaml");
    assertThat(a).isEqualTo(new Artifact(Base.WORKING_DIR, "a.yaml"));
    assertThat(p.absolute(a)).isEqualTo("/elsewhere/a.yaml");
    assertThat(p.absolute(p.artifact("/ws/repo/b.yaml"))).isEqualTo("/ws/repo/b.yaml");
  }

  @Test
  void gitRevisionsMapToTheirPath() {
    assertThat(inRepo.artifact("main:services/orders.yaml")).isEqualTo(new Artifact(Base.REPOSITORY, "services/orders.yaml"));
    assertThat(inRepo.artifact("v1.2.0:/api.yaml")).isEqualTo(new Artifact(Base.REPOSITORY, "api.yaml"));
    assertThat(inRepo.artifact("HEAD~1:./orders.yaml")).as("./ is relative to the working directory")
        .isEqualTo(new Artifact(Base.REPOSITORY, "services/orders.yaml"));
    assertThat(inRepo.artifact("HEAD:../shared/a.yaml")).isEqualTo(new Artifact(Base.REPOSITORY, "shared/a.yaml"));
  }

  @Test
  void urlsAndStdinStayAsTheyAre() {
    assertThat(inRepo.artifact("https://example.com/a.yaml")).isEqualTo(new Artifact(Base.URL, "https://example.com/a.yaml"));
    assertThat(inRepo.artifact("<stdin>")).isEqualTo(new Artifact(Base.NONE, "<stdin>"));
    assertThat(inRepo.artifact("<stdin>").isLocalFile()).isFalse();
    assertThat(inRepo.artifact("/ws/repo/a.yaml").isLocalFile()).isTrue();
  }
}
