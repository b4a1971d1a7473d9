package dev.charter.codegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.codegen.contract.runtime.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/verify/checks.md explains every check id reports can carry, and only those. */
class ChecksDocumentationTest {

  @Test
  void everyCheckHasItsSectionAndItsRuleMetadata() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "verify", "checks.md"));
    java.util.List<String> headings = page.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
    assertThat(headings).containsExactlyElementsOf(Checks.ALL);
    assertThat(ContractChecks.rules().keySet()).containsExactlyElementsOf(Checks.ALL);
  }
}
