package dev.charter.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change names where it is in both documents: file, line, column and JSON pointer. */
class PositionsTest {
  @TempDir Path dir;

  private static final String OLD = """
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
                    schema:
                      $ref: '#/components/schemas/Pet'
      components:
        schemas:
          Pet:
            type: object
            properties:
              name:
                type: string
                maxLength: 50
              tag:
                type: string
      """;

  private static final String NEW = """
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
                    schema:
                      $ref: '#/components/schemas/Pet'
      components:
        schemas:
          Pet:
            type: object
            properties:
              name:
                type: string
                maxLength: 80
      """;

  private List<Change> changes() throws Exception {
    return changes(OLD, NEW);
  }

  private List<Change> changes(String oldSpec, String newSpec) throws Exception {
    Files.writeString(dir.resolve("old.yaml"), oldSpec);
    Files.writeString(dir.resolve("new.yaml"), newSpec);
    SpecLoader loader = new SpecLoader(LoadOptions.defaults().withWorkingDir(dir).withRefPolicy(RefPolicy.DEFAULT.withRoot(dir)));
    return new CompatChecker().check(CompatRequest.of(loader.load(dir.resolve("old.yaml")), loader.load(dir.resolve("new.yaml")),
        DiffPolicy.defaults())).changes();
  }

  @Test
  void aChangedKeywordIsLocatedAtTheKeywordOnBothSides() throws Exception {
    Change c = changes().stream().filter(x -> x.id().equals("response-max-length-increased")).findFirst().orElseThrow();
    assertThat(c.operation()).isEqualTo("GET /pets");
    assertThat(c.message()).isEqualTo("response 200 (application/json) /properties/name: maxLength increased from 50 to 80");
    assertThat(c.oldLocation().file()).endsWith("old.yaml");
    assertThat(c.oldLocation().pointer()).isEqualTo("/components/schemas/Pet/properties/name/maxLength");
    assertThat(c.oldLocation().line()).isEqualTo(20);
    assertThat(c.oldLocation().column()).isEqualTo(11);
    assertThat(c.newLocation().file()).endsWith("new.yaml");
    assertThat(c.newLocation().pointer()).isEqualTo("/components/schemas/Pet/properties/name/maxLength");
    assertThat(c.newLocation().line()).isEqualTo(20);
  }

  @Test
  void aRemovedElementPointsAtItsParentInTheNewDocument() throws Exception {
    Change c = changes().stream().filter(x -> x.id().equals("response-property-removed")).findFirst().orElseThrow();
    assertThat(c.oldLocation().pointer()).isEqualTo("/components/schemas/Pet/properties/tag");
    assertThat(c.oldLocation().line()).isEqualTo(21);
    assertThat(c.newLocation().pointer()).isEqualTo("/components/schemas/Pet/properties");
    assertThat(c.newLocation().line()).isEqualTo(17);
  }

  /** A status added or removed is an edit of the operation: shown where it lists the status, not at a shared response. */
  @Test
  void aStatusIsLocatedWhereTheOperationListsItEvenThroughARef() throws Exception {
    String spec = """
        openapi: 3.0.3
        info: {title: t, version: 1.0.0}
        paths:
          /pets/{id}:
            delete:
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses:
                '%s':
                  $ref: '#/components/responses/Empty'
        components:
          responses:
            Empty: {description: No content}
        """;
    List<Change> changes = changes(spec.formatted("200"), spec.formatted("204"));
    Change removed = changes.stream().filter(x -> x.id().equals("response-status-removed")).findFirst().orElseThrow();
    assertThat(removed.oldLocation().pointer()).isEqualTo("/paths/~1pets~1{id}/delete/responses/200");
    assertThat(removed.oldLocation().line()).isEqualTo(8);
    Change added = changes.stream().filter(x -> x.id().equals("response-success-status-added")).findFirst().orElseThrow();
    assertThat(added.newLocation().pointer()).isEqualTo("/paths/~1pets~1{id}/delete/responses/204");
    assertThat(added.newLocation().line()).isEqualTo(8);
  }
}
