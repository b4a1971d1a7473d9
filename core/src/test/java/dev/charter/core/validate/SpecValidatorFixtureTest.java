package dev.charter.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import dev.charter.core.spec.SpecLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the validator on every fixture under {@code src/test/resources/validate} and compares its
 * findings with the ones the fixture expects: rule id, line and a substring of the message, in the
 * file the finding is in. YAML files mark them on their lines with {@code # expect: <id> "<text>"};
 * a JSON file lists them in {@code <file>.expect} as {@code <line> <id> "<text>"}. Any missing or
 * unexpected finding fails. Multi-file specs live in {@code multi/<case>/}, rooted at the file named
 * {@code openapi.*}, {@code swagger.*} or {@code asyncapi.*}.
 */
class SpecValidatorFixtureTest {
  private static final Pattern EXPECT = Pattern.compile("expect:\\s*(\\S+)\\s+\"([^\"]*)\"");
  private static final Pattern SIDE_LINE = Pattern.compile("^(\\d+)\\s+(\\S+)\\s+\"([^\"]*)\"\\s*$");

  private final SpecValidator validator = new SpecValidator();

  record Expected(String file, int line, String id, String text) {
    @Override
    public String toString() {
      return Path.of(file).getFileName() + ":" + line + " " + id + " \"" + text + "\"";
    }
  }

  static Path fixtures() throws URISyntaxException {
    return Path.of(SpecValidatorFixtureTest.class.getResource("/validate").toURI());
  }

  static List<Path> roots() throws IOException, URISyntaxException {
    Path dir = fixtures();
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
          .sorted()
          .forEach(out::add);
    }
    try (Stream<Path> cases = Files.list(dir.resolve("multi"))) {
      for (Path c : cases.sorted().toList()) {
        try (Stream<Path> files = Files.list(c)) {
          files.filter(p -> p.getFileName().toString().matches("(openapi|swagger|asyncapi)\\.(ya?ml|json)"))
              .forEach(out::add);
        }
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> fixturesReportExactlyTheExpectedFindings() throws Exception {
    Path dir = fixtures();
    return roots().stream().map(p -> DynamicTest.dynamicTest(dir.relativize(p).toString(),
        () -> assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check(dir, p))));
  }

  @Test
  void everyVersionHasAFixture() throws Exception {
    List<String> versions = new ArrayList<>();
    for (Path p : roots()) {
      versions.add(load(fixtures(), p).version().name());
    }
    assertThat(versions).contains("OPENAPI_2_0", "OPENAPI_3_0", "OPENAPI_3_1", "ASYNCAPI_2_0", "ASYNCAPI_2_6",
        "ASYNCAPI_3_0", "ASYNCAPI_3_1");
  }

  @Test
  void theHarnessNoticesMissingAndUnexpectedFindings() throws Exception {
    Path dir = fixtures();
    Path spec = dir.resolve("oas30.yaml");
    SpecDocument doc = load(dir, spec);
    List<Diagnostic> actual = validator.validate(doc);
    List<Expected> expected = expectations(doc);
    assertThat(mismatches(expected, actual)).isEmpty();
    // drop one expectation: its finding becomes unexpected
    assertThat(mismatches(expected.subList(1, expected.size()), actual)).hasSize(1);
    // expect one more: it is missing
    List<Expected> more = new ArrayList<>(expected);
    more.add(new Expected(expected.get(0).file(), 1, "oas3-schema", "nothing like this"));
    assertThat(mismatches(more, actual)).hasSize(1);
  }

  private void check(Path dir, Path spec) throws Exception {
    SpecDocument doc = load(dir, spec);
    List<Diagnostic> actual = validator.validate(doc);
    List<String> problems = mismatches(expectations(doc), actual);
    if (!problems.isEmpty()) {
      StringBuilder sb = new StringBuilder(dir.relativize(spec) + ":\n");
      problems.forEach(p -> sb.append("  ").append(p).append('\n'));
      sb.append("all findings:\n");
      actual.forEach(d -> sb.append("  ").append(Path.of(d.location().file()).getFileName()).append(':')
          .append(d.location().line()).append(' ').append(d.id()).append(' ').append(d.message()).append('\n'));
      fail(sb.toString());
    }
  }

  private static SpecDocument load(Path dir, Path spec) throws Exception {
    return new SpecLoader(LoadOptions.defaults().withRefPolicy(RefPolicy.DEFAULT.withRoot(dir))).load(spec);
  }

  static List<String> mismatches(List<Expected> expected, List<Diagnostic> actual) {
    List<Diagnostic> unmatched = new ArrayList<>(actual);
    List<String> problems = new ArrayList<>();
    for (Expected e : expected) {
      boolean found = false;
      for (Iterator<Diagnostic> it = unmatched.iterator(); it.hasNext(); ) {
        Diagnostic d = it.next();
        if (d.location().file().equals(e.file()) && d.location().line() == e.line() && d.id().equals(e.id())
            && d.message().contains(e.text())) {
          it.remove();
          found = true;
          break;
        }
      }
      if (!found) {
        problems.add("missing    " + e);
      }
    }
    for (Diagnostic d : unmatched) {
      problems.add("unexpected " + Path.of(d.location().file()).getFileName() + ":" + d.location().line() + " "
          + d.id() + " \"" + d.message() + "\"");
    }
    return problems;
  }

  /** The expectations written in every file of the spec. */
  static List<Expected> expectations(SpecDocument doc) throws IOException {
    List<Expected> out = new ArrayList<>();
    for (SpecFile f : doc.files()) {
      Path path = Path.of(f.name());
      Path side = path.resolveSibling(path.getFileName() + ".expect");
      if (Files.exists(side)) {
        int n = 0;
        for (String line : Files.readAllLines(side, StandardCharsets.UTF_8)) {
          n++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          Matcher m = SIDE_LINE.matcher(line);
          if (!m.matches()) {
            throw new IllegalArgumentException(side + ":" + n + ": expected <line> <id> \"<text>\"");
          }
          out.add(new Expected(f.name(), Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        }
        continue;
      }
      String[] lines = new String(f.bytes(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int hash = lines[i].indexOf("# expect:");
        if (hash < 0) {
          continue;
        }
        Matcher m = EXPECT.matcher(lines[i].substring(hash));
        while (m.find()) {
          out.add(new Expected(f.name(), i + 1, m.group(1), m.group(2)));
        }
      }
    }
    return out;
  }
}
