package dev.charter.codegen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.codegen.GenerationRequest;
import dev.charter.codegen.Generator;
import dev.charter.codegen.WriteOptions;
import dev.charter.codegen.testing.HeadlessChromium;
import dev.charter.codegen.testing.Specs;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.spec.SpecDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs page: self-contained, every operation present after its script ran (checked in headless
 * Chromium for GitHub's REST description, 768 operations), and inert whatever the spec says.
 */
class DocsPageTest {
  @TempDir Path dir;

  private Path generate(SpecDocument spec, String name) throws Exception {
    Path out = dir.resolve(name);
    new Generator().generate(new GenerationRequest(spec, new DocsPageGenerator(DocsOptions.defaults()), out,
        WriteOptions.DEFAULT, false));
    return out.resolve("index.html");
  }

  private static List<String> keys(OpenApiModel model) {
    List<String> keys = new ArrayList<>();
    for (HttpOperation op : model.operations()) {
      keys.add(op.method().name() + " " + op.path());
    }
    for (HttpOperation op : model.webhooks()) {
      keys.add(op.method().name() + " " + op.path());
    }
    return keys;
  }

  @Test
  void theGithubReferenceRendersWithEveryOperation() throws Exception {
    HeadlessChromium.assumeAvailable();
    SpecDocument spec = Specs.load(Specs.corpus("openapi/github-api.github.com.json"));
    List<String> expected = keys(OpenApiModel.of(spec));
    assertThat(expected).hasSizeGreaterThan(700);
    long start = System.nanoTime();
    Path page = generate(spec, "github");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("generation time").isLessThan(60_000);

    String dom = HeadlessChromium.dumpDom(page, dir);
    assertThat(dom).contains("data-ready=\"true\"");
    assertThat(HeadlessChromium.attributeValues(dom, "data-op")).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(HeadlessChromium.attributeValues(dom, "data-operations")).containsExactly(String.valueOf(expected.size()));
  }

  @Test
  void anAsyncApiReferenceRendersWithEveryOperation() throws Exception {
    HeadlessChromium.assumeAvailable();
    SpecDocument spec = Specs.load(Specs.corpus("asyncapi/3.0/streetlights-kafka-asyncapi.yml"));
    AsyncApiModel model = AsyncApiModel.of(spec);
    String dom = HeadlessChromium.dumpDom(generate(spec, "streetlights"), dir);
    assertThat(dom).contains("data-ready=\"true\"");
    assertThat(HeadlessChromium.attributeValues(dom, "data-op"))
        .containsExactlyInAnyOrderElementsOf(model.operations().stream().map(o -> o.display()).toList());
    assertThat(dom).contains("lumens");
  }

  @Test
  void specTextNeverBecomesMarkupOrScript() throws Exception {
    Path page = generate(Specs.load(Specs.fixture("docs/xss.yaml")), "xss");
    String html = Files.readString(page);
    assertThat(Pattern.compile("<script", Pattern.CASE_INSENSITIVE).matcher(html).results().count())
        .as("only charter's own script").isEqualTo(1);
    assertThat(html).doesNotContainPattern("(?i)<(img|iframe|svg|b)[\\s>]")
        .doesNotContainPattern("(?i)\\son\\w+=\"")
        .doesNotContainPattern("(?i)href=\"\\s*javascript")
        .contains("Content-Security-Policy")
        .contains("&lt;script&gt;window.pwned4=1&lt;/script&gt;");
    assertThat(html.indexOf("<style>")).isEqualTo(html.lastIndexOf("<style>"));

    HeadlessChromium.assumeAvailable();
    String dom = HeadlessChromium.dumpDom(page, dir);
    assertThat(dom).contains("data-ready=\"true\"");
    assertThat(HeadlessChromium.attributeNames(dom)).noneMatch(a -> a.startsWith("on"));
    assertThat(dom).doesNotContainPattern("(?i)<(img|iframe|svg)[\\s>]")
;
    assertThat(HeadlessChromium.attributeValues(dom, "href")).noneMatch(h -> h.strip().toLowerCase().startsWith("javascript"));
    assertThat(Pattern.compile("<script", Pattern.CASE_INSENSITIVE).matcher(dom).results().count()).isEqualTo(1);
    assertThat(HeadlessChromium.attributeValues(dom, "data-op")).containsExactly(
        "GET /pets/{id}\"><script>window.pwned9=1</script>");
  }
}
