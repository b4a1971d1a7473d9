package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Schemas without examples that ask for more than any response can hold: the mock starts, and
 * every body, static and dynamic, is bounded (about a million characters and members) and quick.
 * Before, the first three ran the mock out of memory or kept it preparing forever, and the YAML
 * infinities stopped it from starting.
 */
class GenerationLimitsTest {
  private static MockClient client;

  @BeforeAll
  static void start() {
    client = MockClient.start(MockClient.fixture("hostile-schemas.yaml"));
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  private static MockClient.Reply timed(String path) {
    long start = System.nanoTime();
    MockClient.Reply r = client.get(path);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as(path).isLessThan(Duration.ofSeconds(3));
    assertThat(r.status()).as(path).isEqualTo(200);
    assertThat(r.body().length()).as(path).isLessThan(8_000_000);
    return r;
  }

  @Test
  void hugeSizesAreCutToTheBudget() {
    for (String query : new String[] {"", "?__dynamic=true"}) {
      assertThat(timed("/long-string" + query).json().asText()).hasSizeGreaterThan(1000);
      assertThat(timed("/many-items" + query).json().size()).isGreaterThan(1000);
      assertThat(timed("/nested-items" + query).json().isArray()).isTrue();
    }
  }

  @Test
  void patternsThatWouldRepeatTooOftenAreNotGenerated() {
    JsonNode body = timed("/huge-repetition").json();
    assertThat(body.get("a").asText()).hasSizeLessThan(2000);
    assertThat(body.get("b").asText()).hasSizeLessThan(2000);
    assertThat(body.get("c").asText()).matches("[a-z]{3}-\\d{2,4}");
    assertThat(timed("/huge-repetition?__dynamic=true").json().get("c").asText()).matches("[a-z]{3}-\\d{2,4}");
  }

  @Test
  void requiredCyclesEndInAnEmptyValue() {
    // before, the arrays recursed until the stack overflowed, and the mock did not start
    for (String query : new String[] {"", "?__dynamic=true"}) {
      JsonNode body = timed("/required-cycle" + query).json();
      JsonNode inner = body.get("arrays");
      int depth = 0;
      while (inner.isArray() && inner.size() > 0) {
        inner = inner.get(0);
        depth++;
      }
      assertThat(depth).isBetween(5, 100);
      assertThat(body.get("pair").get("b").get("a").isObject()).isTrue();
    }
  }

  @Test
  void boundsAtTheEdgeOfADoubleAreKept() {
    JsonNode body = timed("/huge-bounds").json();
    assertThat(body.get("low").isNumber()).isTrue();
    assertThat(body.get("high").isIntegralNumber()).isTrue();
    assertThat(body.get("high").bigIntegerValue()).isGreaterThanOrEqualTo(new BigDecimal("1e300").toBigInteger());
    assertThat(body.get("big").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("1e300"));
    assertThat(timed("/huge-bounds?__dynamic=true").json().get("big").decimalValue())
        .isGreaterThanOrEqualTo(new BigDecimal("1e300"));
  }
}
