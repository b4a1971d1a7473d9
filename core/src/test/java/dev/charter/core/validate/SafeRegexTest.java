package dev.charter.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.charter.core.validate.SafeRegex.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SafeRegexTest {
  private final SafeRegex regex = SafeRegex.instance();

  @Test
  void compilesWithRe2AndFindsAnywhere() {
    SafeRegex.Pattern p = regex.compile("^[0-9]{3}$");
    assertThat(p.isLinear()).isTrue();
    assertThat(p.find("200")).isTrue();
    assertThat(p.find("2000")).isFalse();
    // JSON Schema patterns are not anchored
    assertThat(regex.compile("b+").find("abbc")).isTrue();
    assertThat(regex.compile("^x-").find("x-logo")).isTrue();
    assertThat(regex.compile("^x-").find("y-x-logo")).isFalse();
  }

  @Test
  void literalPatternsAreComparedAsStrings() {
    assertThat(SafeRegex.Literal.of("^x-")).isEqualTo(new SafeRegex.Literal("x-", true, false));
    assertThat(SafeRegex.Literal.of("^\\$ref$")).isEqualTo(new SafeRegex.Literal("$ref", true, true));
    assertThat(SafeRegex.Literal.of("^\\/")).isEqualTo(new SafeRegex.Literal("/", true, false));
    assertThat(SafeRegex.Literal.of("json$")).isEqualTo(new SafeRegex.Literal("json", false, true));
    assertThat(SafeRegex.Literal.of("a\\$")).isEqualTo(new SafeRegex.Literal("a$", false, false));
    for (String notLiteral : List.of("^x-[\\w]+$", "^\\d", "a|b", "a.b", "^a\\\\$", "a+", "\\x2d", "(a)")) {
      assertThat(SafeRegex.Literal.of(notLiteral)).as(notLiteral).isNull();
    }
    // literal or not, the answer is RE2's
    List<String> patterns = List.of("^x-", "^\\$ref$", "^/", "json$", "a\\$", "", "^", "$", "-", "^a\\.b$");
    List<String> inputs = List.of("", "x-", "x-logo", "y-x-", "$ref", "$refs", "/a", "a/", "x.json", "a$", "a", "-",
        "a.b", "axb");
    for (String p : patterns) {
      com.google.re2j.Pattern re2 = com.google.re2j.Pattern.compile(p);
      for (String in : inputs) {
        assertThat(regex.compile(p).find(in)).as(p + " on '" + in + "'").isEqualTo(re2.matcher(in).find());
      }
    }
  }

  @Test
  void translatesEcmaScriptUnicodeEscapes() {
    SafeRegex.Pattern p = regex.compile("^caf\\u00e9\\u{1F600}?$");
    assertThat(p.isLinear()).isTrue();
    assertThat(p.find("café")).isTrue();
    assertThat(p.find("café😀")).isTrue();
    assertThat(p.find("cafe")).isFalse();
    assertThat(SafeRegex.toRe2("a\\\\u0041")).isEqualTo("a\\\\u0041");
  }

  @Test
  void fallsBackForLookaroundAndBackreferences() {
    SafeRegex.Pattern look = regex.compile("(?<=\\$)\\d+(?!\\.)");
    assertThat(look.isLinear()).isFalse();
    assertThat(look.find("costs $42")).isTrue();
    assertThat(look.find("costs 42")).isFalse();
    SafeRegex.Pattern back = regex.compile("^(\\w+)\\s\\1$");
    assertThat(back.isLinear()).isFalse();
    assertThat(back.find("hey hey")).isTrue();
    assertThat(back.find("hey you")).isFalse();
  }

  @Test
  void catastrophicPatternsDoNotHang() {
    // java.util.regex needs well over 5 s for 1,000 characters of this (measured in library-traps.md)
    String evil = "a".repeat(2_000);
    // RE2 takes it in linear time
    SafeRegex.Pattern linear = regex.compile("a*a*a*a*a*b");
    assertThat(linear.isLinear()).isTrue();
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(linear.find("a".repeat(100_000))).isFalse());
    // the lookahead forces the backtracking engine; the deadline stops it
    SafeRegex.Pattern backtracking = regex.compile("(?=a)a*a*a*a*a*b");
    assertThat(backtracking.isLinear()).isFalse();
    assertThat(backtracking.test("aaab")).isEqualTo(Outcome.MATCH);
    long start = System.nanoTime();
    Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> backtracking.test(evil));
    assertThat(outcome).isEqualTo(Outcome.LIMIT_EXCEEDED);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(backtracking.find(evil)).isFalse();
  }

  @Test
  void longInputsAreNotTriedByTheFallback() {
    SafeRegex small = SafeRegex.withLimits(new SafeRegex.Limits(100, Duration.ofSeconds(1)));
    SafeRegex.Pattern p = small.compile("(?=a)a");
    assertThat(p.test("a".repeat(100))).isEqualTo(Outcome.MATCH);
    assertThat(p.test("a".repeat(101))).isEqualTo(Outcome.LIMIT_EXCEEDED);
    // RE2 patterns have no length limit: they are linear
    assertThat(small.compile("a$").test("b".repeat(10_000) + "a")).isEqualTo(Outcome.MATCH);
  }

  @Test
  void deepRecursionIsCaught() throws Exception {
    SafeRegex big = SafeRegex.withLimits(new SafeRegex.Limits(1_000_000, Duration.ofSeconds(10)));
    SafeRegex.Pattern p = big.compile("(?<!x)(\\w|_)+@");
    String input = "a".repeat(200_000);
    AtomicReference<Object> result = new AtomicReference<>();
    // a small stack makes java.util.regex overflow for sure
    Thread t = new Thread(null, () -> {
      try {
        result.set(p.test(input));
      } catch (Throwable e) {
        result.set(e);
      }
    }, "small-stack", 256 * 1024);
    t.start();
    t.join(30_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(result.get()).isEqualTo(Outcome.LIMIT_EXCEEDED);
  }

  @Test
  void invalidPatternsAreRejected() {
    assertThatThrownBy(() -> regex.compile("(unclosed")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(unclosed");
    assertThatThrownBy(() -> new SafeRegex.Limits(-1, Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void servesAsTheValidatorsRegularExpressionFactory() {
    assertThat(SchemaCatalog.config().getRegularExpressionFactory()).isSameAs(SafeRegex.instance());
    assertThat(regex.getRegularExpression("^[a-z]+$").matches("abc")).isTrue();
    assertThat(regex.getRegularExpression("[a-z]").matches("123x")).isTrue();
    assertThat(regex.getRegularExpression("^[a-z]+$").matches("ab1")).isFalse();
  }
}
