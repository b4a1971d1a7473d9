package dev.charter.compat.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.compat.Effect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternInclusionTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(delimiterString = " ~ ", value = {
    "^[0-9]+$ ~ ^\\d+$ ~ NEUTRAL",
    "^[a-z]{3}$ ~ ^[a-z]{3,5}$ ~ WIDENED",
    "^[a-z0-9]{3}$ ~ ^[a-z]{3}$ ~ NARROWED",
    "^[a-z]+$ ~ ^[0-9]+$ ~ CHANGED",
    "abc ~ ^abc$ ~ NARROWED",
    "^abc ~ abc ~ WIDENED",
    "^(cat|dog)$ ~ ^(dog|cat|bird)$ ~ WIDENED",
    "^a*$ ~ ^(a|aa)*$ ~ NEUTRAL",
    "^[^x]+$ ~ ^[^xy]+$ ~ NARROWED",
    "^\\w+@\\w+\\.com$ ~ ^[A-Za-z0-9_]+@[A-Za-z0-9_]+[.]com$ ~ NEUTRAL",
    "^.{1,10}$ ~ ^.{1,20}$ ~ WIDENED",
    "^[A-Z]{2}-\\d{4}$ ~ ^[A-Z]{2}-[0-9]{4,}$ ~ WIDENED",
    "^a{2}b?$ ~ ^aab?$ ~ NEUTRAL",
  })
  void decidesRegularPatterns(String oldPattern, String newPattern, Effect expected) {
    assertThat(PatternInclusion.compare(List.of(oldPattern), List.of(newPattern))).contains(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " ~ ", value = {
    "^(?=.*\\d)\\w+$ ~ ^\\w+$",
    "^(a)\\1$ ~ ^aa$",
    "\\bword\\b ~ word",
    "^a$|b^ ~ ^a$",
    "^\\p{L}+$ ~ ^[a-z]+$",
  })
  void leavesTheRestUndecided(String oldPattern, String newPattern) {
    assertThat(PatternInclusion.compare(List.of(oldPattern), List.of(newPattern))).isEqualTo(Optional.empty());
  }

  /** A class of 3,000 separate characters: 6,000 atoms, each a column of every automaton. */
  private static String manyCharacters() {
    StringBuilder sb = new StringBuilder("[");
    for (int k = 0; k < 3000; k++) {
      sb.appendCodePoint(0x4E00 + 2 * k);
    }
    return sb.append(']').toString();
  }

  @org.junit.jupiter.api.Test
  void decidesAClassOfManyCharactersWhileTheWorkIsSmall() {
    String c = manyCharacters();
    assertThat(PatternInclusion.compare(List.of("^" + c + "{0,50}$"), List.of("^" + c + "{1,50}$"))).contains(Effect.NARROWED);
  }

  @org.junit.jupiter.api.Test
  void leavesUndecidedWhatWouldTakeTooMuchWork() {
    // 501 states times 6,000 atoms: beyond the budget, undecided rather than seconds and a gigabyte.
    String c = manyCharacters();
    assertThat(PatternInclusion.compare(List.of("^" + c + "{0,500}$"), List.of("^" + c + "{1,500}$"))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void leavesUndecidedGroupsNestedDeeperThanItReads() {
    // 20,000 nested groups overflowed the stack of the recursive parser: a stack trace and exit 1.
    String deep = "^" + "(".repeat(20_000) + "a" + ")".repeat(20_000) + "$";
    assertThat(PatternInclusion.compare(List.of(deep), List.of("^b$"))).isEmpty();
    String fine = "^" + "(".repeat(50) + "a" + ")".repeat(50) + "$";
    assertThat(PatternInclusion.compare(List.of(fine), List.of("^a$"))).contains(Effect.NEUTRAL);
  }

  @org.junit.jupiter.api.Test
  void patternsOnOneSideAllApply() {
    // Two patterns at once admit the strings both admit: lowercase and at most 3 long.
    assertThat(PatternInclusion.compare(List.of("^[a-z]+$", "^.{0,3}$"), List.of("^[a-z]{1,3}$"))).contains(Effect.NEUTRAL);
  }
}
