package dev.charter.codegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.model.Parameter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wire form of parameters: OpenAPI's style table for {@code color} = "blue", ["blue","black","brown"]
 * and {R:100, G:200, B:150}, with label following RFC 6570 as OpenAPI 3.0.4 corrected it (and as
 * charter mock reads it).
 */
class ParameterSerializerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Parameter parameter(String in, String style, boolean explode) {
    return new Parameter("color", in, true, false, Optional.empty(), style, explode, false, false, List.of(), List.of(), null);
  }

  private static JsonNode value(String kind) throws Exception {
    return JSON.readTree(switch (kind) {
      case "primitive" -> "\"blue\"";
      case "array" -> "[\"blue\",\"black\",\"brown\"]";
      default -> "{\"R\":100,\"G\":200,\"B\":150}";
    });
  }

  @ParameterizedTest(name = "path {0} explode={1} {2}")
  @CsvSource(delimiter = '|', value = {
      "simple | false | primitive | blue",
      "simple | false | array     | blue,black,brown",
      "simple | false | object    | R,100,G,200,B,150",
      "simple | true  | array     | blue,black,brown",
      "simple | true  | object    | R=100,G=200,B=150",
      "label  | false | primitive | .blue",
      "label  | false | array     | .blue,black,brown",
      "label  | false | object    | .R,100,G,200,B,150",
      "label  | true  | array     | .blue.black.brown",
      "label  | true  | object    | .R=100.G=200.B=150",
      "matrix | false | primitive | ;color=blue",
      "matrix | false | array     | ;color=blue,black,brown",
      "matrix | false | object    | ;color=R,100,G,200,B,150",
      "matrix | true  | array     | ;color=blue;color=black;color=brown",
      "matrix | true  | object    | ;R=100;G=200;B=150",
  })
  void pathParameters(String style, boolean explode, String kind, String expected) throws Exception {
    assertThat(ParameterSerializer.path(parameter("path", style, explode), value(kind))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "query {0} explode={1} {2}")
  @CsvSource(delimiter = '|', value = {
      "form           | true  | primitive | color=blue",
      "form           | true  | array     | color=blue&color=black&color=brown",
      "form           | true  | object    | R=100&G=200&B=150",
      "form           | false | array     | color=blue,black,brown",
      "form           | false | object    | color=R,100,G,200,B,150",
      "spaceDelimited | false | array     | color=blue%20black%20brown",
      "pipeDelimited  | false | array     | color=blue%7Cblack%7Cbrown",
      "tabDelimited   | false | array     | color=blue%09black%09brown",
      "deepObject     | true  | object    | color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
  })
  void queryParameters(String style, boolean explode, String kind, String expected) throws Exception {
    assertThat(String.join("&", ParameterSerializer.query(parameter("query", style, explode), value(kind)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "header explode={0} {1}")
  @CsvSource(delimiter = '|', value = {
      "false | primitive | blue",
      "false | array     | blue,black,brown",
      "false | object    | R,100,G,200,B,150",
      "true  | object    | R=100,G=200,B=150",
  })
  void headerParameters(boolean explode, String kind, String expected) throws Exception {
    assertThat(ParameterSerializer.header(parameter("header", "simple", explode), value(kind))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "cookie {0}")
  @CsvSource(delimiter = '|', value = {
      "primitive | color=blue",
      "array     | color=blue,black,brown",
  })
  void cookieParameters(String kind, String expected) throws Exception {
    assertThat(ParameterSerializer.cookie(parameter("cookie", "form", true), value(kind))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a b/ü?&=#      | a%20b%2F%C3%BC%3F%26%3D%23",
      "safe-._~       | safe-._~",
  })
  void valuesArePercentEncodedAsUtf8ButDelimitersAreNot(String raw, String expected) {
    assertThat(ParameterSerializer.path(parameter("path", "simple", false), JSON.getNodeFactory().textNode(raw)))
        .isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void numbersAreWrittenWithoutExponentsAndNestedValuesAsJson() throws Exception {
    assertThat(ParameterSerializer.scalar(JSON.readTree("1e3"))).isEqualTo("1000");
    assertThat(ParameterSerializer.scalar(JSON.readTree("0.000001"))).isEqualTo("0.000001");
    assertThat(ParameterSerializer.scalar(JSON.readTree("12345678901234567890"))).isEqualTo("12345678901234567890");
    Parameter json = new Parameter("filter", "query", true, false, Optional.empty(), "form", true, false, false,
        List.of(new dev.charter.core.model.MediaType("application/json", Optional.empty(), List.of(), Optional.empty(), null)),
        List.of(), null);
    assertThat(ParameterSerializer.query(json, JSON.readTree("{\"a\":[1,2]}")))
        .containsExactly("filter=%7B%22a%22%3A%5B1%2C2%5D%7D");
  }
}
