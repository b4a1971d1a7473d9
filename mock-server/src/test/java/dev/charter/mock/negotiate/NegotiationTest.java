package dev.charter.mock.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationTest {
  private static final List<MediaRange> OFFERED = List.of(MediaRange.of("application/json"), MediaRange.of("text/csv"),
      MediaRange.of("application/xml"));

  @Test
  void acceptQualitiesAndSpecificity() {
    assertThat(ContentNegotiator.choose(null, OFFERED)).isZero();
    assertThat(ContentNegotiator.choose("*/*", OFFERED)).isZero();
    assertThat(ContentNegotiator.choose("text/csv", OFFERED)).isEqualTo(1);
    assertThat(ContentNegotiator.choose("text/*;q=0.9, application/json;q=0.5", OFFERED)).isEqualTo(1);
    assertThat(ContentNegotiator.choose("application/*;q=0.2, application/xml", OFFERED)).isEqualTo(2);
    assertThat(ContentNegotiator.choose("*/*;q=0.1, application/json;q=0", OFFERED)).isEqualTo(1);
    assertThat(ContentNegotiator.choose("image/png", OFFERED)).isEqualTo(-1);
    assertThat(ContentNegotiator.choose("application/json; charset=utf-8", OFFERED)).isZero();
    assertThat(ContentNegotiator.choose("Text/CSV", OFFERED)).isEqualTo(1);
    assertThat(MediaRange.of("text/csv").isEssence("text/csvx")).isFalse();
    assertThat(MediaRange.of("text/csv;q=0.1").sameEssence(MediaRange.of("TEXT/csv; charset=utf-8"))).isTrue();
  }

  @Test
  void preferHeaders() {
    Preference p = Preference.parse(List.of("code=404, example=\"cat\"", "dynamic=true"));
    assertThat(p.code()).contains("404");
    assertThat(p.example()).contains("cat");
    assertThat(p.dynamic()).contains(true);
    assertThat(Preference.parse(List.of("respond-async; wait=10")).isEmpty()).isTrue();
  }
}
