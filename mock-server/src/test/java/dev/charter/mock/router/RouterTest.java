package dev.charter.mock.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.core.model.HttpMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final Router<String> router = Router.<String>builder()
      .add("/pets", HttpMethod.GET, "list")
      .add("/pets/mine", HttpMethod.GET, "mine")
      .add("/pets/{petId}", HttpMethod.GET, "show")
      .add("/pets/{id}", HttpMethod.DELETE, "delete")
      .add("/pets/{petId}/photos/{file}.{ext}", HttpMethod.GET, "photo")
      .add("/pets/{petId}/photos/{file}", HttpMethod.PUT, "upload")
      .add("/jobs/{name}:cancel", HttpMethod.POST, "cancel")
      .add("/", HttpMethod.GET, "root")
      .basePaths(List.of("/v1", "/api/v2/"))
      .build();

  private String target(String path, HttpMethod method) {
    Router.Match<String> m = router.find(path, method);
    if (m == null) {
      return null;
    }
    Router.Entry<String> e = m.entry(method);
    return e == null ? "405 " + m.allowed() : e.target() + " " + new java.util.TreeMap<>(m.parameters(e));
  }

  @Test
  void concreteSegmentsWinOverParameters() {
    assertThat(target("/pets/mine", HttpMethod.GET)).isEqualTo("mine {}");
    assertThat(target("/pets/7", HttpMethod.GET)).isEqualTo("show {petId=7}");
    assertThat(target("/pets", HttpMethod.GET)).isEqualTo("list {}");
    assertThat(target("/", HttpMethod.GET)).isEqualTo("root {}");
  }

  @Test
  void theRouteWithTheMethodWins() {
    // /pets/mine has no DELETE; /pets/{id} has
    assertThat(target("/pets/mine", HttpMethod.DELETE)).isEqualTo("delete {id=mine}");
    assertThat(target("/pets/mine", HttpMethod.POST)).startsWith("405").contains("GET");
  }

  @Test
  void mixedSegments() {
    assertThat(target("/pets/1/photos/cat.jpeg", HttpMethod.GET)).isEqualTo("photo {ext=jpeg, file=cat, petId=1}");
    assertThat(target("/pets/1/photos/cat.tar.gz", HttpMethod.GET)).isEqualTo("photo {ext=tar.gz, file=cat, petId=1}");
    assertThat(target("/pets/1/photos/cat", HttpMethod.PUT)).isEqualTo("upload {file=cat, petId=1}");
    assertThat(target("/jobs/nightly:cancel", HttpMethod.POST)).isEqualTo("cancel {name=nightly}");
    assertThat(target("/jobs/nightly", HttpMethod.POST)).isNull();
  }

  @Test
  void basePathsAndTrailingSlashes() {
    assertThat(target("/v1/pets/3", HttpMethod.GET)).isEqualTo("show {petId=3}");
    assertThat(target("/api/v2/pets", HttpMethod.GET)).isEqualTo("list {}");
    assertThat(target("/v1", HttpMethod.GET)).isEqualTo("root {}");
    assertThat(target("/pets/3/", HttpMethod.GET)).isEqualTo("show {petId=3}");
    assertThat(target("/v2/pets", HttpMethod.GET)).isNull();
    assertThat(target("/pets//", HttpMethod.GET)).isNull();
    assertThat(router.basePaths()).containsExactly("/api/v2", "/v1");
  }

  @Test
  void segmentsAreDecodedAfterTheSplit() {
    assertThat(target("/pets/a%2Fb", HttpMethod.GET)).as("an encoded slash stays in its parameter")
        .isEqualTo("show {petId=a/b}");
    assertThat(target("/pets/%C3%A9t%C3%A9", HttpMethod.GET)).isEqualTo("show {petId=été}");
    assertThat(target("/pets/a+b", HttpMethod.GET)).as("+ is a space only in queries").isEqualTo("show {petId=a+b}");
    assertThat(target("/pets/100%", HttpMethod.GET)).as("malformed: as written").isEqualTo("show {petId=100%}");
    assertThat(target("/v1/pets/%6Dine", HttpMethod.GET)).isEqualTo("mine {}");
    assertThat(target("/pets/1/photos/a%2Fb.c%2Ed", HttpMethod.GET)).isEqualTo("photo {ext=c.d, file=a/b, petId=1}");
    assertThat(target("/pets/x;y=1", HttpMethod.GET)).as("matrix parameters are part of the segment")
        .isEqualTo("show {petId=x;y=1}");
  }

  @Test
  void segmentMatching() {
    PathTemplate.Segment s = PathTemplate.parse("/{a}-{b}.json").segments().get(0);
    assertThat(s.match("x-y-z.json")).containsExactly("x", "y-z");
    assertThat(s.match("x.json")).isNull();
    assertThat(s.match("-y.json")).isNull();
    assertThat(PathTemplate.parse("/a/{b}/c").parameterNames()).containsExactly("b");
  }
}
