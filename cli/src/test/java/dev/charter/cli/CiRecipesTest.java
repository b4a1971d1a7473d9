package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI recipes in {@code docs/ci/} run as written: the {@code charter ci} line of each is taken
 * from the file and run against a repository with a breaking change, in the environment that CI
 * system sets, and what it produces is checked the way the CI system reads it.
 */
class CiRecipesTest {
  private static final Path DOCS = Path.of("../docs/ci").toAbsolutePath().normalize();
  private static final Path GATE = Path.of("src/test/resources/gate").toAbsolutePath();
  private static final Pattern WORKFLOW_COMMAND =
      Pattern.compile("^::(error|warning|notice)( [a-zA-Z]+=[^,:]*(,[a-zA-Z]+=[^,:]*)*)?::.*$");

  @TempDir Path repo;

  @BeforeEach
  void pullRequest() throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.createDirectories(repo.resolve("api"));
      Files.copy(GATE.resolve("v1.yaml"), repo.resolve("api/orders.yaml"));
      git.add().addFilepattern(".").call();
      var commit = git.commit().setMessage("v1").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
          .setSign(false).call();
      RefUpdate remote = git.getRepository().updateRef("refs/remotes/origin/main");
      remote.setNewObjectId(commit);
      remote.update();
    }
    Files.copy(GATE.resolve("breaking.yaml"), repo.resolve("api/orders.yaml"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** The arguments of the first {@code charter ci} command in {@code text}, variables substituted. */
  private static String[] charterCi(String text, Map<String, String> vars) {
    Matcher m = Pattern.compile("(?m)charter ci [^\\n]*").matcher(text);
    assertThat(m.find()).as("a charter ci line").isTrue();
    String line = m.group().replace("\\\"", "\"");
    for (Map.Entry<String, String> v : vars.entrySet()) {
      line = line.replace("${" + v.getKey() + "}", v.getValue()).replace("$" + v.getKey(), v.getValue());
    }
    List<String> args = new ArrayList<>();
    for (String word : line.split("\\s+")) {
      args.add(word.replace("\"", ""));
    }
    assertThat(args.subList(0, 2)).containsExactly("charter", "ci");
    return args.subList(1, args.size()).toArray(String[]::new);
  }

  private static String stepRun(Path workflow) throws Exception {
    JsonNode wf = new YAMLMapper().readTree(workflow.toFile());
    for (JsonNode job : wf.get("jobs")) {
      for (JsonNode step : job.get("steps")) {
        if (step.has("run") && step.get("run").asText().contains("charter ci")) {
          return step.get("run").asText();
        }
      }
    }
    throw new AssertionError("no step runs charter ci in " + workflow);
  }

  @Test
  void githubActions() throws Exception {
    Path workflow = DOCS.resolve("github-actions.yml");
    Path summary = repo.resolve("step-summary.md");
    Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_BASE_REF", "main",
        "GITHUB_STEP_SUMMARY", summary.toString());
    CliRun run = CliRun.in(repo, "", env, charterCi(stepRun(workflow), Map.of()));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    // Annotations: every line is a workflow command, pointing at the changed line.
    assertThat(run.outLines()).isNotEmpty().allSatisfy(l -> assertThat(l).matches(WORKFLOW_COMMAND));
    assertThat(run.out()).contains("::error file=api/orders.yaml,line=39,col=7,").contains("response-property-removed");
    // SARIF for code scanning: valid against the SARIF 2.1.0 schema, repository-relative paths.
    JsonNode sarif = new ObjectMapper().readTree(repo.resolve("charter.sarif").toFile());
    assertThat(sarifSchema().validate(sarif)).isEmpty();
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("api/orders.yaml");
    // The job summary renders: headings, the breaking changes as a list, nothing raw from the spec.
    String html = HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build()
        .parse(Files.readString(summary)));
    assertThat(html).contains("<h2>").contains("<h3>Breaking changes</h3>").contains("<li>").contains("response-property-removed");
    // The upload step reads the file the charter step writes.
    assertThat(Files.readString(workflow)).contains("sarif_file: charter.sarif");
  }

  @Test
  void gitlabCi() throws Exception {
    Path pipeline = DOCS.resolve("gitlab-ci.yml");
    JsonNode job = new YAMLMapper().readTree(pipeline.toFile()).get("charter");
    String script = job.get("script").get(0).asText();
    CliRun run = CliRun.in(repo, "", Map.of("GITLAB_CI", "true", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main"),
        charterCi(script, Map.of()));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("response-property-removed");
    String codequality = job.at("/artifacts/reports/codequality").asText();
    JsonNode report = new ObjectMapper().readTree(repo.resolve(codequality).toFile());
    assertThat(report.isArray()).isTrue();
    assertThat(report).isNotEmpty().allSatisfy(issue -> {
      assertThat(issue.get("description").asText()).isNotBlank();
      assertThat(issue.get("check_name").asText()).isNotBlank();
      assertThat(issue.get("fingerprint").asText()).isNotBlank();
      assertThat(issue.get("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
      assertThat(issue.at("/location/path").asText()).isEqualTo("api/orders.yaml");
      assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
    });
    String junit = job.at("/artifacts/reports/junit").asText();
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(repo.resolve(junit).toFile());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuites");
    assertThat(Integer.parseInt(doc.getDocumentElement().getAttribute("failures"))).isPositive();
  }

  @Test
  void genericScript() throws Exception {
    Map<String, String> vars = new HashMap<>();
    vars.put("TARGET", "main");
    CliRun run = CliRun.in(repo, charterCi(Files.readString(DOCS.resolve("generic.sh")), vars));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(repo.resolve("charter-junit.xml")).exists();
    assertThat(Files.readString(repo.resolve("charter-summary.md"))).contains("response-property-removed");
  }

  private static Schema sarifSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
        .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    return registry.getSchema(SchemaLocation.of("classpath:report/sarif-schema-2.1.0.json"));
  }
}
