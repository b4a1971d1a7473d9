package dev.charter.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every old/new pair under {@code src/test/resources/checks}: the overall bump and the set of change
 * ids must be exactly the expected ones. The pairs cover each check and the refactors that must
 * come out as no change; {@link #corpusSummary()} keeps the scorecard.
 */
class FixtureCorpusTest {

  @TestFactory
  Stream<DynamicTest> everyPairGetsItsExpectedBumpAndChanges() throws Exception {
    return Fixture.all().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
      CompatResult r = f.run();
      String report = f.note() + "\n" + describe(r);
      assertThat(r.bump()).as(report).isEqualTo(f.bump());
      assertThat(Fixture.ids(r)).as(report).isEqualTo(f.ids());
      f.failed().ifPresent(failed -> assertThat(r.failed()).as(report).isEqualTo(failed));
      for (String m : f.messages()) {
        assertThat(r.changes()).as(report).anySatisfy(c -> assertThat(c.message()).contains(m));
      }
    }));
  }

  /** Overall accuracy, and no pair whose expected bump is major judged anything less. */
  @Test
  void corpusSummary() throws Exception {
    List<Fixture> all = Fixture.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(150);
    int right = 0;
    List<String> missedBreaks = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Fixture f : all) {
      CompatResult r = f.run();
      if (r.bump() == f.bump()) {
        right++;
      } else {
        wrong.add(f.name() + ": expected " + f.bump().label() + ", got " + r.bump().label());
      }
      if (f.bump() == Bump.MAJOR && r.bump() != Bump.MAJOR) {
        missedBreaks.add(f.name());
      }
    }
    String summary = right + "/" + all.size() + " pairs get the expected bump\n" + String.join("\n", wrong) + "\n";
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fixture-summary.txt"), summary);
    assertThat(missedBreaks).as("breaking pairs judged non-breaking").isEmpty();
    assertThat(wrong).as(summary).isEmpty();
  }

  private static String describe(CompatResult r) {
    StringBuilder sb = new StringBuilder("got bump " + r.bump().label() + " (failed=" + r.failed() + "):\n");
    for (Change c : r.changes()) {
      sb.append("  ").append(c.bump().label()).append(' ').append(c.id()).append(": ").append(c.operation()).append(": ")
          .append(c.message()).append('\n');
    }
    return sb.toString();
  }
}
