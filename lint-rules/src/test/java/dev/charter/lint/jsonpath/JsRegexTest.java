package dev.charter.lint.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cases where RE2/J or java.util.regex read a pattern differently from JavaScript, as Spectral runs it. */
class JsRegexTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // \s and \S take Unicode spaces: a no-break space, U+FEFF and an em space are spaces.
        Arguments.of("^\\S+$", "", "a\u00a0b", false),
        Arguments.of("^\\s$", "", "\u00a0", true),
        Arguments.of("^\\s$", "", "\ufeff", true),
        Arguments.of("^[\\s]$", "", "\u2003", true),
        Arguments.of("^\\S+$", "", "abc", true),
        Arguments.of("^[\\s\\S]+$", "", "a\u00a0\nb", true),
        // '.' stops at \r and the line separators, as it does at \n; not under the s flag.
        Arguments.of("^a.b$", "", "a\rb", false),
        Arguments.of("^a.b$", "", "a\u2028b", false),
        Arguments.of("^a.b$", "s", "a\rb", true),
        Arguments.of("^a.b$", "", "a-b", true),
        // Without the u flag a backslash before a letter with no meaning is that letter.
        Arguments.of("^\\h$", "", "h", true),
        Arguments.of("^\\p{L}$", "", "p{L}", true),
        Arguments.of("^\\p{L}$", "u", "\u00e9", true),
        // \\uXXXX, [^], [] and a ']' escaped in a class.
        Arguments.of("^\\u00e9$", "", "\u00e9", true),
        Arguments.of("^[^]$", "", "\n", true),
        Arguments.of("a[]", "", "a", false),
        Arguments.of("^[\\]a]+$", "", "]a]", true),
        // Look-behind still falls back to the backtracking engine, translated the same way.
        Arguments.of("(?<=a)\\s", "", "a\u00a0", true));
  }

  @ParameterizedTest(name = "/{0}/{1} on \"{2}\"")
  @MethodSource("cases")
  void readsPatternsAsJavaScriptDoes(String pattern, String flags, String value, boolean matches) {
    assertThat(JsRegex.compile(pattern, flags).test(value)).isEqualTo(matches);
  }
}
