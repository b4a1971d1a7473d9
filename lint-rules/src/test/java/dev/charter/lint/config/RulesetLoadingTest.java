package dev.charter.lint.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.LoadOptions;
import dev.charter.lint.LintRequest;
import dev.charter.lint.LintResult;
import dev.charter.lint.Linter;
import dev.charter.lint.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spectral rulesets: what runs unchanged, and every kind of mistake reported with file, line and what. */
class RulesetLoadingTest {
  private static final Linter LINTER = new Linter(RuleRegistry.builtIn());
  @TempDir Path dir;

  private static final String SPEC = """
      openapi: 3.0.3
      info:
        title: Pets
        version: 1.0.0
      tags:
        - name: pets
        - name: Owners
      paths:
        /pets:
          get:
            operationId: list_pets
            tags: [pets]
            responses:
              '200':
                description: OK
        /owners/{ownerId}:
          get:
            operationId: getOwner
            summary: ""
            parameters:
              - $ref: '#/components/parameters/OwnerId'
            responses:
              '200': {description: OK}
      components:
        parameters:
          OwnerId: {name: ownerId, in: path, required: true, schema: {type: string}}
      """;

  private LintResult lint(String ruleset, String spec) throws IOException {
    Path r = dir.resolve(".spectral.yaml");
    Files.writeString(r, ruleset);
    Path s = dir.resolve("api.yaml");
    Files.writeString(s, spec);
    LintRequest request = LintRequest.of(List.of(s.toString()), LoadOptions.defaults().withWorkingDir(dir))
        .withRulesets(List.of(r));
    return LINTER.lint(request);
  }

  private static List<String> found(LintResult result, String id) {
    return result.findings().stream().filter(d -> d.id().equals(id))
        .map(d -> d.location().line() + ":" + d.severity().label()).toList();
  }

  @Test
  void customRulesWithCoreFunctionsRunUnchanged() throws IOException {
    LintResult result = lint("""
        extends: [[spectral:oas, off]]
        aliases:
          Operation: ["$.paths[*][get,put,post,delete]"]
        rules:
          info-contact: error
          operation-id-camel:
            description: operationIds are camelCase
            given: "#Operation"
            then: {field: operationId, function: casing, functionOptions: {type: camel}}
          path-kebab:
            severity: hint
            given: $.paths
            then: {field: "@key", function: pattern, functionOptions: {match: "^(/[a-z{}A-Z]+)+$"}}
          summary-required:
            message: "{{property}} is missing: {{error}}"
            given: "#Operation"
            then:
              - {field: summary, function: truthy}
              - {field: summary, function: defined}
          tags-sorted:
            given: $
            then: {field: tags, function: alphabetical, functionOptions: {keyedBy: name}}
          param-in:
            given: "$..parameters[*]"
            then: {field: in, function: enumeration, functionOptions: {values: [query, header]}}
          info-shape:
            given: $.info
            then:
              function: schema
              functionOptions: {schema: {type: object, required: [license]}}
          short-title:
            given: $.info.title
            then: {function: length, functionOptions: {max: 3}}
          one-of-summary-description:
            given: "#Operation"
            then: {function: xor, functionOptions: {properties: [summary, description]}}
        """, SPEC);
    assertThat(result.inputErrors()).isEmpty();
    assertThat(found(result, "info-contact")).containsExactly("2:error");
    assertThat(found(result, "operation-id-camel")).containsExactly("11:warn");
    assertThat(found(result, "path-kebab")).isEmpty();
    // Missing at /pets (truthy and defined both fail), empty at /owners (only truthy).
    assertThat(found(result, "summary-required")).containsExactly("10:warn", "10:warn", "19:warn");
    assertThat(result.findings()).filteredOn(d -> d.id().equals("summary-required")).first()
        .extracting(Diagnostic::message).asString().startsWith("summary is missing: ");
    assertThat(found(result, "tags-sorted")).containsExactly("5:warn");
    // The $ref'd parameter is reported where it is defined.
    assertThat(found(result, "param-in")).containsExactly("26:warn");
    assertThat(found(result, "info-shape")).containsExactly("2:warn");
    assertThat(found(result, "short-title")).containsExactly("3:warn");
    assertThat(found(result, "one-of-summary-description")).containsExactly("10:warn");
    assertThat(found(result, "operation-description")).isEmpty();
  }

  @Test
  void unicodeCodePointEscapesWorkWithTheUnicodeFlag() throws IOException {
    LintResult result = lint("""
        extends: [[spectral:oas, off]]
        rules:
          lower-snake-ids:
            given: "$.paths[*][*]"
            then: {field: operationId, function: pattern, functionOptions: {match: "/^[\\\\u{61}-\\\\u{7A}_]+$/u"}}
        """, SPEC);
    assertThat(result.inputErrors()).isEmpty();
    assertThat(found(result, "lower-snake-ids")).containsExactly("18:warn");
  }

  @Test
  void extendsSubsetsSeveritiesAndOverrides() throws IOException {
    LintResult result = lint("""
        extends: spectral:oas
        rules:
          operation-description: error
          operation-tags: off
          info-license: warn
        overrides:
          - files: ["api.yaml#/paths/~1owners~1{ownerId}"]
            rules: {operation-description: off}
          - files: ["*.yaml"]
            rules: {info-contact: hint}
        """, SPEC);
    assertThat(result.inputErrors()).isEmpty();
    assertThat(found(result, "operation-description")).containsExactly("10:error");
    assertThat(found(result, "operation-tags")).isEmpty();
    assertThat(found(result, "info-license")).containsExactly("2:warn");
    assertThat(found(result, "info-contact")).containsExactly("2:hint");
    assertThat(found(result, "oas3-api-servers")).hasSize(1);
  }

  /** An override's own aliases and formats apply to the rules it defines (and to no others). */
  @Test
  void overridesHaveTheirOwnAliasesAndFormats() throws IOException {
    LintResult result = lint("""
        extends: [[spectral:oas, off]]
        overrides:
          - files: ["api.yaml"]
            aliases:
              Operation: ["$.paths[*][get]"]
            rules:
              operation-summary-here:
                given: "#Operation"
                then: {field: summary, function: truthy}
          - files: ["api.yaml"]
            formats: [asyncapi2]
            rules:
              never-on-openapi:
                given: $
                then: {field: info.contact, function: truthy}
        """, SPEC);
    assertThat(result.inputErrors()).isEmpty();
    assertThat(found(result, "operation-summary-here")).containsExactly("10:warn", "19:warn");
    assertThat(found(result, "never-on-openapi")).isEmpty();
  }

  @Test
  void customJavaScriptFunctionsAreNamedAndSkipped() throws IOException {
    LintResult result = lint("""
        extends: spectral:oas
        functions: [checkThings]
        rules:
          things:
            given: $
            then: {function: checkThings}
        overrides:
          - files: ["*.yaml"]
            rules: {things: error}
        """, SPEC);
    assertThat(result.inputErrors()).isEmpty();
    assertThat(result.notes()).anySatisfy(n -> assertThat(n.message())
        .contains("rule things uses the custom JavaScript function 'checkThings'").contains("skipped"));
    assertThat(found(result, "operation-description")).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown function         | rules: {r: {given: $, then: {function: truthyy}}}                                  | 1 | unknown function 'truthyy'
      bad JSONPath             | rules: {r: {given: "$.paths[?(@.x ==)]", then: {function: truthy}}}                | 1 | invalid JSONPath
      wrong option type        | rules: {r: {given: $, then: {function: length, functionOptions: {max: ten}}}}      | 1 | "length" function and its "max" option accepts only the following types: number
      unknown option           | rules: {r: {given: $, then: {function: truthy, functionOptions: {x: 1}}}}          | 1 | "truthy" function does not accept any options
      missing option           | rules: {r: {given: $, then: {function: xor}}}                                      | 1 | "xor" function has invalid options
      bad casing type          | rules: {r: {given: $, then: {function: casing, functionOptions: {type: upper}}}}   | 1 | accept the following values: flat, camel
      bad regex                | rules: {r: {given: $, then: {function: pattern, functionOptions: {match: "a("}}}}  | 1 | invalid regular expression
      unknown rule in override | overrides: [{files: ["*.yaml"], rules: {not-a-rule: off}}]                         | 1 | unknown rule 'not-a-rule'
      unknown rule             | rules: {operation-descripton: off}                                                 | 1 | did you mean 'operation-description'
      unknown key              | rulez: {}                                                                          | 1 | unknown key 'rulez'
      unknown severity         | rules: {operation-description: loud}                                               | 1 | unknown severity 'loud'
      unknown format           | formats: [oas4]                                                                    | 1 | unknown format 'oas4'
      unknown ruleset          | extends: [spectral:oass]                                                           | 1 | unknown ruleset 'spectral:oass'
      missing then             | rules: {r: {given: $}}                                                             | 1 | needs both 'given' and 'then'
      unknown alias            | rules: {r: {given: "#Nope", then: {function: truthy}}}                             | 1 | alias "Nope" does not exist
      missing ruleset file     | extends: [./nope.yaml]                                                             | 1 | does not exist
      bad override glob        | overrides: [{files: ["specs/[v1/*.yaml"], rules: {operation-description: off}}]   | 1 | invalid glob 'specs/[v1/*.yaml'
      pointer without slash    | overrides: [{files: ["api.yaml#paths"], rules: {operation-description: off}}]     | 1 | the JSON pointer after '#' must start with '/'
      bad glob in except       | except: {"{a,b.yaml#/info": [info-contact]}                                      | 1 | invalid glob '{a,b.yaml'
      """)
  void badRulesetsNameFileLineAndProblem(String name, String ruleset, int line, String message) throws IOException {
    LintResult result = lint(ruleset + "\n", SPEC);
    assertThat(result.inputErrors()).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("ruleset-error");
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.location().file()).endsWith(".spectral.yaml");
      assertThat(d.location().line()).isEqualTo(line);
      assertThat(d.message()).contains(message);
    });
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void javaScriptRulesetsAreRefusedClearly() throws IOException {
    Path js = dir.resolve(".spectral.js");
    Files.writeString(js, "module.exports = {extends: 'spectral:oas'};");
    Path s = dir.resolve("api.yaml");
    Files.writeString(s, SPEC);
    LintResult result = LINTER.lint(LintRequest.of(List.of(s.toString()), LoadOptions.defaults().withWorkingDir(dir))
        .withRulesets(List.of(js)));
    assertThat(result.inputErrors()).singleElement().satisfies(d ->
        assertThat(d.message()).contains("is JavaScript, which charter cannot run"));
  }

  @Test
  void extendedRulesetFilesAreReadRelativeToTheirParent() throws IOException {
    Files.createDirectories(dir.resolve("team"));
    Files.writeString(dir.resolve("team/base.yaml"), """
        extends: [[spectral:oas, all]]
        rules:
          tag-description: off
        """);
    LintResult result = lint("""
        extends: [./team/base.yaml]
        rules:
          contact-properties: off
        """, SPEC);
    assertThat(result.inputErrors()).isEmpty();
    assertThat(found(result, "info-license")).hasSize(1);
    assertThat(found(result, "tag-description")).isEmpty();
    assertThat(found(result, "operation-singular-tag")).isEmpty();
  }
}
