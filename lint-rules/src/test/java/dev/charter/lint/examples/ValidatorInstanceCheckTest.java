package dev.charter.lint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorInstanceCheckTest {
  @TempDir Path dir;

  @Test
  void validatesAgainstSchemasWithReferencesAcrossFilesAndNullable() throws Exception {
    Files.writeString(dir.resolve("pet.yaml"), "type: object\nrequired: [name]\nproperties:\n  name: {type: string}\n  nick: {type: string, nullable: true}\n");
    Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths: {}
        components:
          schemas:
            Pet: {$ref: 'pet.yaml'}
            Pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
        """);
    SpecDocument doc = new SpecLoader().load(dir.resolve("api.yaml"));
    InstanceCheck schemas = new ValidatorInstanceCheck(doc);
    ObjectMapper json = new ObjectMapper();
    List<Object> pets = List.of("components", "schemas", "Pets");
    assertThat(schemas.check(pets, json.readTree("[{\"name\": \"Tom\", \"nick\": null}]"), InstanceCheck.Direction.NONE)).isEmpty();
    assertThat(schemas.check(pets, json.readTree("[{\"nick\": 3}]"), InstanceCheck.Direction.NONE))
        .extracting(InstanceCheck.Problem::at).contains(List.of(0), List.of(0, "nick"));
  }

  @Test
  void aPlaceWithoutSchemaChecksNothing() throws Exception {
    Files.writeString(dir.resolve("api.yaml"), "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
    SpecDocument doc = new SpecLoader().load(dir.resolve("api.yaml"));
    assertThat(new ValidatorInstanceCheck(doc).check(List.of("components", "schemas", "Nope"),
        new ObjectMapper().readTree("42"), InstanceCheck.Direction.NONE)).isEmpty();
  }
}
