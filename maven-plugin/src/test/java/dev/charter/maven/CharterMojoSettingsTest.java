package dev.charter.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings from charter.yaml are read by the plugin as by the command line, with the same checks. */
class CharterMojoSettingsTest {
  @TempDir Path dir;

  private LintMojo lint(String charterYaml) throws Exception {
    Files.writeString(dir.resolve("charter.yaml"), charterYaml);
    LintMojo mojo = new LintMojo();
    mojo.project = new MavenProject();
    mojo.project.setFile(dir.resolve("pom.xml").toFile());
    return mojo;
  }

  @Test
  void valuesOfTheRightShapeAreRead() throws Exception {
    LintMojo mojo = lint("root: api\nallow-outside-root: true\nallow-remote-refs: [a.example, b.example]\nmax-size: 1k\n");
    var options = mojo.loadOptions();
    assertThat(options.refPolicy().root()).contains(dir.resolve("api"));
    assertThat(options.refPolicy().allowOutsideRoot()).isTrue();
    assertThat(options.refPolicy().remoteHosts()).containsExactlyInAnyOrder("a.example", "b.example");
    assertThat(options.limits().maxBytes()).isEqualTo(1024);
  }

  @Test
  void aValueOfTheWrongShapeFailsNamingTheFileAndLineInsteadOfBeingIgnored() throws Exception {
    assertThatThrownBy(() -> lint("allow-outside-root: maybe\n").loadOptions())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("charter:lint: charter.yaml:1:1: error: 'allow-outside-root' must be true or false, not 'maybe' [config-error]");
    assertThatThrownBy(() -> lint("lint:\n  max-size: [1k, 2k]\n").loadOptions())
        .hasMessage("charter:lint: charter.yaml:2:3: error: 'max-size' takes one value, not a list [config-error]");
    assertThatThrownBy(() -> lint("root:\n  dir: api\n").loadOptions())
        .hasMessageContaining("'root' takes one value, not a mapping");
  }
}
