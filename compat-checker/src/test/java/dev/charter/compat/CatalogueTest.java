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

  /**
   * Every kind of change the catalogue (and so docs/diff/checks.md) lists is produced by at least
   * one fixture pair, in one of its places: a documented id no check emits fails here.
   */
  @Test
  void everyKindOfChangeIsProducedBySomeFixture() throws Exception {
    Set<String> produced = new TreeSet<>();
    for (Fixture f : Fixture.all()) {
      f.ids().forEach(id -> produced.add(kind(id)));
    }
    Set<String> missing = new TreeSet<>();
    Catalogue.kinds().keySet().forEach(id -> {
      if (!produced.contains(kind(id))) {
        missing.add(id);
      }
    });
    assertThat(missing).as("catalogued changes no fixture under src/test/resources/checks produces").isEmpty();
  }

  /** An id without the place it was found in: {@code webhook-request-enum-value-added} → {@code enum-value-added}. */
  private static String kind(String id) {
    String k = id.replaceFirst("^(callback|webhook)-(?=(request|response)-)", "");
    return k.replaceFirst("^(request|response|message)-", "");
  }

  /** What the API sends in a callback or webhook, and what it receives there, has ids of its own. */
  @Test
  void everyRequestAndResponseIdHasItsCallbackAndWebhookForms() {
    Map<String, ChangeKind> kinds = Catalogue.kinds();
    for (String id : kinds.keySet()) {
      if (id.startsWith("request-") || id.startsWith("response-")) {
        for (String role : dev.charter.compat.http.CallbackKinds.ROLES) {
          assertThat(kinds).as(role + "-" + id).containsKey(role + "-" + id);
        }
      }
    }
    assertThat(kinds.get("webhook-request-enum-value-added").bump()).isEqualTo(Bump.MAJOR);
    assertThat(kinds.get("webhook-response-enum-value-added").bump()).isEqualTo(Bump.MINOR);
    assertThat(kinds.get("callback-request-required-parameter-added").bump()).isEqualTo(Bump.MINOR);
    assertThat(kinds.get("callback-response-header-became-required").bump()).isEqualTo(Bump.MAJOR);
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
