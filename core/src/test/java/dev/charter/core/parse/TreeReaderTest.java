package dev.charter.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TreeReaderTest {
  private final TreeReader reader = new TreeReader();

  private ParsedTree yaml(String text) throws ParseFailure {
    return reader.read(text.getBytes(StandardCharsets.UTF_8), Syntax.YAML);
  }

  private ParsedTree json(String text) throws ParseFailure {
    return reader.read(text.getBytes(StandardCharsets.UTF_8), Syntax.JSON);
  }

  @Test
  void yamlPositionsPointAtKeysAndValues() throws Exception {
    ParsedTree t = yaml("openapi: 3.0.3\ninfo:\n  title: Pets\n  version: '1'\npaths:\n  /pets:\n    get: {}\n");
    assertThat(t.root().at("/info/title").asText()).isEqualTo("Pets");
    NodeSpan title = t.sourceMap().span("/info/title").orElseThrow();
    assertThat(title.key()).isEqualTo(new TextPosition(3, 3));
    assertThat(title.start()).isEqualTo(new TextPosition(3, 10));
    NodeSpan get = t.sourceMap().span("/paths/~1pets/get").orElseThrow();
    assertThat(get.key()).isEqualTo(new TextPosition(7, 5));
    assertThat(t.sourceMap().span("/nope")).isEmpty();
    assertThat(t.sourceMap().closestSpan("/info/nope").head()).isEqualTo(new TextPosition(2, 1));
  }

  @Test
  void charactersYamlForbidsAreReportedWhereTheyAre() {
    String[][] cases = {
      {"openapi: 3.0.0\ninfo:\n  title: a\u0000b\n", "3:11", "U+0000"},
      {"a: 1\r\nb: \"x\u0001\"\r\n", "2:6", "U+0001"},
      {"\uFEFFa: \u00fc\u20ac\ud83d\ude00\u0002\n", "1:7", "U+0002"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> yaml(c[0])).as(c[1]).isInstanceOfSatisfying(ParseFailure.class, f -> {
        assertThat(f.position().line() + ":" + f.position().column()).isEqualTo(c[1]);
        assertThat(f.getMessage()).isEqualTo("malformed YAML: character " + c[2] + " is not allowed in YAML text");
      });
    }
  }

  @Test
  void numbersNoDoubleHoldsAreRefusedWhereTheyAre() throws Exception {
    // 1e400 would be infinity and 1e-400 zero: a maximum or multipleOf silently meaning something else.
    assertThatThrownBy(() -> yaml("maximum: 1e400\n")).isInstanceOfSatisfying(ParseFailure.class, f -> {
      assertThat(f.position()).isEqualTo(new TextPosition(1, 10));
      assertThat(f.getMessage()).startsWith("number 1e400 is out of range");
    });
    assertThatThrownBy(() -> json("{\n  \"multipleOf\": 1e-400}")).isInstanceOfSatisfying(ParseFailure.class, f -> {
      assertThat(f.position()).isEqualTo(new TextPosition(2, 17));
      assertThat(f.getMessage()).startsWith("number 1e-400 is out of range");
    });
    assertThat(json("[1.7e308, 4.9e-324, 0.0, -0e5]").root().size()).isEqualTo(4);
  }

  @Test
  void jsonPositionsPointAtKeysAndValues() throws Exception {
    ParsedTree t = json("{\n  \"a\": {\n    \"b\": [1, \"x\"]\n  }\n}");
    NodeSpan b = t.sourceMap().span("/a/b").orElseThrow();
    assertThat(b.key()).isEqualTo(new TextPosition(3, 5));
    assertThat(b.start()).isEqualTo(new TextPosition(3, 10));
    NodeSpan x = t.sourceMap().span("/a/b/1").orElseThrow();
    assertThat(x.start()).isEqualTo(new TextPosition(3, 14));
    assertThat(x.key().known()).isFalse();
  }

  @Test
  void duplicateKeysAreRecordedAndTheLastWins() throws Exception {
    ParsedTree t = yaml("a: 1\nb:\n  c: 1\n  c: 2\n");
    assertThat(t.root().at("/b/c").asInt()).isEqualTo(2);
    assertThat(t.duplicateKeys()).singleElement().satisfies(d -> {
      assertThat(d.pointer()).isEqualTo("/b/c");
      assertThat(d.first()).isEqualTo(new TextPosition(3, 3));
      assertThat(d.second()).isEqualTo(new TextPosition(4, 3));
    });
    assertThat(t.sourceMap().span("/b/c").orElseThrow().key().line()).isEqualTo(4);
    ParsedTree j = json("{\"p\": {\"x\": 1, \"x\": 2}}");
    assertThat(j.duplicateKeys()).hasSize(1);
  }

  @Test
  void aliasesAndMergeKeysExpand() throws Exception {
    ParsedTree t = yaml("base: &b\n  type: string\n  maxLength: 3\nuse: *b\nmerged:\n  <<: *b\n  maxLength: 9\n");
    assertThat(t.root().at("/use/type").asText()).isEqualTo("string");
    assertThat(t.root().at("/merged/maxLength").asInt()).isEqualTo(9);
    assertThat(t.root().at("/merged/type").asText()).isEqualTo("string");
    assertThat(t.root().get("merged").has("<<")).isFalse();
    // A node reached through an alias is located at its anchor's definition.
    assertThat(t.sourceMap().span("/use/type").orElseThrow().key()).isEqualTo(new TextPosition(2, 3));
  }

  @Test
  void billionLaughsIsRefusedFast() {
    String bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
        + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
        + "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
    long start = System.nanoTime();
    assertThatThrownBy(() -> yaml(bomb)).isInstanceOf(ParseFailure.class).hasMessageContaining("alias");
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> json(deep)).isInstanceOf(ParseFailure.class).hasMessageContaining("deeper");
    assertThatThrownBy(() -> yaml("x: " + "[".repeat(5000) + "]".repeat(5000)))
        .isInstanceOf(ParseFailure.class).hasMessageContaining("deeper");
  }

  @Test
  void overlongKeysAndNumbersAreSaidPlainlyWithAPosition() {
    assertThatThrownBy(() -> json("{\n\"" + "k".repeat(60_000) + "\": 1}"))
        .isInstanceOfSatisfying(ParseFailure.class, f -> {
          assertThat(f.getMessage()).isEqualTo("a key is longer than the limit of 50,000 characters");
          assertThat(f.position().line()).isEqualTo(2);
        });
    assertThatThrownBy(() -> json("{\"n\": " + "9".repeat(2000) + "}"))
        .hasMessage("a number is longer than the limit of 1,000 characters");
  }

  @Test
  void aVeryLongYamlLineIsRefusedBeforeItIsScanned() {
    String text = "a: 1\nb: " + "x".repeat(TreeReader.MAX_YAML_LINE) + "\n";
    assertThatThrownBy(() -> yaml(text)).isInstanceOfSatisfying(ParseFailure.class, f -> {
      assertThat(f.getMessage()).startsWith("line 2 is 262,147 bytes long");
      assertThat(f.position()).isEqualTo(new TextPosition(2, TreeReader.MAX_YAML_LINE + 1));
    });
    String justUnder = "a: 1\nb: " + "x".repeat(TreeReader.MAX_YAML_LINE - 3) + "\n";
    org.assertj.core.api.Assertions.assertThatCode(() -> yaml(justUnder)).doesNotThrowAnyException();
  }

  @Test
  void malformedInputGivesOneLineWithPosition() {
    assertThatThrownBy(() -> yaml("a: 1\n b: 2\nc: [1, 2\n"))
        .isInstanceOfSatisfying(ParseFailure.class, f -> {
          assertThat(f.getMessage()).startsWith("malformed YAML").doesNotContain("\n");
          assertThat(f.position().line()).isGreaterThan(0);
        });
    assertThatThrownBy(() -> json("{\"a\": 1,,}"))
        .isInstanceOfSatisfying(ParseFailure.class, f -> {
          assertThat(f.getMessage()).startsWith("malformed JSON").doesNotContain("\n");
          assertThat(f.position()).isEqualTo(new TextPosition(1, 9));
        });
    assertThatThrownBy(() -> json("{\"tags\": [}"))
        .hasMessage("malformed JSON: Unexpected close marker '}': expected ']' (for Array starting at line 1, column 10)");
    assertThatThrownBy(() -> yaml("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> json("{} {}")).hasMessageContaining("after the end");
    assertThatThrownBy(() -> yaml("a: 1\n---\nb: 2\n")).hasMessageContaining("more than one");
  }

  @Test
  void yamlBooleansFollowYaml12() throws Exception {
    ParsedTree t = yaml("a: yes\nb: on\nc: true\nd: 'true'\n");
    assertThat(t.root().get("a").isTextual()).isTrue();
    assertThat(t.root().get("b").isTextual()).isTrue();
    assertThat(t.root().get("c").isBoolean()).isTrue();
    assertThat(t.root().get("d").isTextual()).isTrue();
  }

  @Test
  void sizeLimitIsEnforced() {
    TreeReader small = new TreeReader(ParseLimits.DEFAULT.withMaxBytes(10));
    assertThatThrownBy(() -> small.read("{\"aaaaaaaaaa\": 1}".getBytes(StandardCharsets.UTF_8), Syntax.JSON))
        .hasMessageContaining("over the limit");
  }

  @Test
  void invalidUtf8IsReported() {
    byte[] bad = {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
    assertThatThrownBy(() -> reader.read(bad, Syntax.YAML))
        .isInstanceOfSatisfying(ParseFailure.class, f -> {
          assertThat(f.getMessage()).contains("UTF-8");
          assertThat(f.position()).isEqualTo(new TextPosition(1, 4));
        });
  }
}
