package dev.charter.lint.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonPathTest {
  @TempDir static Path dir;
  static SpecDocument doc;

  @BeforeAll
  static void load() throws Exception {
    Files.writeString(dir.resolve("shared.yaml"), """
        Pet:
          type: object
          properties:
            name: {type: string, enum: [a, a]}
        """);
    Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.0.3
        info: {title: T, version: '1', description: d}
        paths:
          /pets:
            get:
              parameters:
                - {name: a, in: query}
                - $ref: '#/components/parameters/B'
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: 'shared.yaml#/Pet'}
            post:
              description: p
              responses: {}
            x-ext: {}
        components:
          parameters:
            B: {name: b, in: header}
          schemas:
            Loop:
              properties:
                next: {$ref: '#/components/schemas/Loop'}
        """);
    doc = new SpecLoader().load(dir.resolve("api.yaml"));
  }

  private static List<String> eval(String path, boolean resolved) throws JsonPathException {
    return JsonPath.compile(path).evaluate(PathNode.root(doc.root()), resolved ? doc : null).stream()
        .map(n -> Path.of(n.file().name()).getFileName() + "#" + n.pointer()).toList();
  }

  @Test
  void childrenUnionsAndWildcards() throws Exception {
    assertThat(eval("$.paths[*][get,post]", true)).containsExactly("api.yaml#/paths/~1pets/get", "api.yaml#/paths/~1pets/post");
    assertThat(eval("$.paths.*.[get]", true)).containsExactly("api.yaml#/paths/~1pets/get");
    assertThat(eval("$['info'].title", true)).containsExactly("api.yaml#/info/title");
    assertThat(eval("$.paths./pets.get.parameters[1]", true)).containsExactly("api.yaml#/components/parameters/B");
    assertThat(eval("$.paths./pets.get.parameters[1]", false)).containsExactly("api.yaml#/paths/~1pets/get/parameters/1");
    assertThat(eval("$.paths./pets.get.parameters[-1:]", false)).containsExactly("api.yaml#/paths/~1pets/get/parameters/1");
  }

  @Test
  void descendantsFollowReferencesIntoOtherFilesOnce() throws Exception {
    assertThat(eval("$..enum", true)).containsExactly("shared.yaml#/Pet/properties/name/enum");
    assertThat(eval("$..enum", false)).isEmpty();
    assertThat(eval("$..[?(@.type === 'object')]", true)).containsExactly("shared.yaml#/Pet");
    // A recursive schema terminates.
    assertThat(eval("$.components..next", true)).containsExactly("api.yaml#/components/schemas/Loop");
  }

  @Test
  void filtersSeeProperty() throws Exception {
    assertThat(eval("$.paths[*][?(@property === 'post')]", true)).containsExactly("api.yaml#/paths/~1pets/post");
    assertThat(eval("$.paths[*][?(@property.startsWith('x-'))]", true)).containsExactly("api.yaml#/paths/~1pets/x-ext");
    // Reached twice (from the operation and in components): one location.
    assertThat(eval("$..parameters[?(@ && @.in && @.in.match(/head/))]", true)).containsOnly("api.yaml#/components/parameters/B");
    assertThat(eval("$.paths[*][*][?(@ && @.constructor.name === 'Array')]", true))
        .containsExactly("api.yaml#/paths/~1pets/get/parameters");
  }

  @Test
  void parentAndPropertyName() throws Exception {
    assertThat(eval("$.paths[*][*].description^", true)).containsExactly("api.yaml#/paths/~1pets/post");
    List<PathNode> names = JsonPath.compile("$.paths.*~").evaluate(PathNode.root(doc.root()), doc);
    assertThat(names).singleElement().satisfies(n -> {
      assertThat(n.value().asText()).isEqualTo("/pets");
      assertThat(n.pointer()).isEqualTo("/paths/~1pets");
    });
  }

  @Test
  void syntaxErrorsSayWhere() {
    assertThatThrownBy(() -> JsonPath.compile("paths")).isInstanceOf(JsonPathException.class).hasMessageContaining("'$'");
    assertThatThrownBy(() -> JsonPath.compile("$.paths[?(@.x ==)]")).isInstanceOf(JsonPathException.class);
    assertThatThrownBy(() -> JsonPath.compile("$.paths[?(foo(1))]")).isInstanceOf(JsonPathException.class)
        .hasMessageContaining("unknown name 'foo'");
    assertThatThrownBy(() -> JsonPath.compile("$.a[")).isInstanceOf(JsonPathException.class);
  }
}
