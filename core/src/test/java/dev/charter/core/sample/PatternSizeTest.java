package dev.charter.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatternSizeTest {
  @Test
  void boundsTheLongestGeneratedString() {
    assertThat(PatternSize.upperBound("^[a-z]{3}-\\d{2,4}$", 12)).isEqualTo(8);
    assertThat(PatternSize.upperBound("^a+b*c?$", 12)).isEqualTo(25);
    assertThat(PatternSize.upperBound("^(ab|cde){2}x{3,}$", 12)).isEqualTo(6 + 15);
    assertThat(PatternSize.upperBound("\\p{L}{4}[\\]x]{2}", 12)).isEqualTo(6);
    assertThat(PatternSize.upperBound("a{x}", 12)).isEqualTo(4);
  }

  @Test
  void hugeRepetitionsAreSeenWithoutGenerating() {
    assertThat(PatternSize.atMost("^a{1000000000}$", 12, 16384)).isFalse();
    assertThat(PatternSize.atMost("^(x{1000}){1000}$", 12, 16384)).isFalse();
    assertThat(PatternSize.atMost("((((a{100}){100}){100}){100}){100}", 12, 16384)).isFalse();
    assertThat(PatternSize.atMost("a{99999999999999999999999}", 12, 16384)).isFalse();
    assertThat(PatternSize.atMost("^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$", 12, 16384)).isTrue();
  }
}
