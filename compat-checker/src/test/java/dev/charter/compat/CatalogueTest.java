package dev.charter.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  private static final Path DOC = Path.of("../docs/diff/checks.md");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  @Test
  void idsAreUniqueKebabCaseAndDescribed() {
    Map<String, ChangeKind> kinds = Catalogue.kinds();
    assertThat(kinds).hasSizeGreaterThan(150);
    kinds.values().forEach(k -> {
      assertThat(k.id()).matches(ID);
      assertThat(k.summary()).isNotBlank();
      assertThat(k.bumpRule()).isNotBlank();
    });
  }

  @Test
  void everyIdTheFixturesExpectIsCatalogued() throws Exception {
    Set<String> expected = new TreeSet<>();
    for (Fixture f : Fixture.all()) {
      expected.addAll(f.ids());
    }
    assertThat(Catalogue.kinds().keySet()).containsAll(expected);
  }

  /** The page is generated from the checks; run with -Dcharter.updateDocs=true to rewrite it. */
  @Test
  void checksPageIsUpToDate() throws Exception {
    String generated = Catalogue.markdown();
    if (Boolean.getBoolean("charter.updateDocs")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, generated);
    }
    assertThat(DOC).as("docs/diff/checks.md is stale: regenerate it with -Dcharter.updateDocs=true").exists();
    assertThat(Files.readString(DOC)).as("docs/diff/checks.md is stale: regenerate it with -Dcharter.updateDocs=true")
        .isEqualTo(generated);
  }
}
