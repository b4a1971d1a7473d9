package dev.charter.codegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.codegen.contract.runtime.ApiRequest;
import dev.charter.codegen.contract.runtime.CheckFailure;
import dev.charter.codegen.contract.runtime.Checks;
import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.codegen.contract.runtime.Exchange;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks' verdicts on responses written by hand: what passes, what fails, and with which id. */
class ChecksTest {
  private static final ContractSpec SPEC = Fixtures.inventory();

  private static Exchange response(int status, Map<String, List<String>> headers, String body) {
    return new Exchange(ApiRequest.to("GET", "/items"), URI.create("http://h/api/items"), "curl -i -X GET 'http://h/api/items'",
        status, headers, body.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  private static Checks listItems(Exchange e) {
    Checks checks = new Checks(SPEC, SPEC.operation("GET", "/items"), e);
    checks.notAServerError();
    checks.accepted();
    if (checks.documentedStatus("200", "400").equals("200")) {
      checks.contentType("application/json");
      checks.header("X-Total", true);
      checks.body();
    }
    return checks;
  }

  private static List<String> failed(Checks checks) {
    return checks.failures().stream().map(CheckFailure::check).toList();
  }

  @Test
  void aConformingResponsePassesWhateverTheCharsetOrHeaderCase() {
    Checks checks = listItems(response(200, Map.of("content-type", List.of("Application/JSON; charset=UTF-8"),
        "X-TOTAL", List.of("1")), "[{\"id\":1,\"name\":\"Lamp\",\"price\":2}]"));
    assertThat(checks.failures()).isEmpty();
    checks.assertPassed();
  }

  @Test
  void eachDeviationFailsItsOwnCheck() {
    assertThat(failed(listItems(response(200, Map.of("Content-Type", List.of("text/html"), "X-Total", List.of("1")), "[]"))))
        .containsExactly(Checks.CONTENT_TYPE_CONFORMANCE);
    assertThat(failed(listItems(response(200, Map.of("Content-Type", List.of("application/json")), "[]"))))
        .containsExactly(Checks.RESPONSE_HEADERS_CONFORMANCE);
    assertThat(failed(listItems(response(200, Map.of("Content-Type", List.of("application/json"), "X-Total", List.of("-1")), "[]"))))
        .containsExactly(Checks.RESPONSE_HEADERS_CONFORMANCE);
    assertThat(failed(listItems(response(200, Map.of("Content-Type", List.of("application/json"), "X-Total", List.of("1")),
        "[{\"id\":0}]")))).containsExactly(Checks.RESPONSE_SCHEMA_CONFORMANCE);
    assertThat(failed(listItems(response(200, Map.of("Content-Type", List.of("application/json"), "X-Total", List.of("1")),
        "[{\"id\":")))).containsExactly(Checks.RESPONSE_SCHEMA_CONFORMANCE);
    assertThat(failed(listItems(response(418, Map.of(), "")))).containsExactly(Checks.STATUS_CODE_CONFORMANCE);
    assertThat(failed(listItems(response(503, Map.of(), ""))))
        .containsExactly(Checks.NOT_A_SERVER_ERROR, Checks.STATUS_CODE_CONFORMANCE);
  }

  @Test
  void aValidRequestMayBeRefusedForItsIdOrCredentialsButNotAsInvalid() {
    for (int status : new int[] {400, 405, 406, 415, 422}) {
      assertThat(failed(listItems(response(status, Map.of("Content-Type", List.of("application/json")), "{\"message\":\"no\"}"))))
          .as("%d", status).contains(Checks.POSITIVE_DATA_ACCEPTANCE);
    }
    for (int status : new int[] {401, 403, 404, 409, 429}) {
      assertThat(failed(listItems(response(status, Map.of(), "")))).as("%d", status).doesNotContain(Checks.POSITIVE_DATA_ACCEPTANCE);
    }
  }

  @Test
  void theExactStatusWinsOverARangeAndARangeOverDefault() {
    Checks checks = new Checks(SPEC, SPEC.operation("GET", "/items"), response(404, Map.of(), ""));
    assertThat(checks.documentedStatus("default", "4XX", "404")).isEqualTo("404");
    assertThat(checks.documentedStatus("default", "4XX")).isEqualTo("4XX");
    assertThat(checks.documentedStatus("default", "5XX")).isEqualTo("default");
    assertThat(checks.failures()).isEmpty();
  }

  @Test
  void aResponseWithoutBodyNeedsNoContentTypeOnlyWhereNoneIsExpected() {
    Checks noContent = new Checks(SPEC, SPEC.operation("GET", "/items"), response(204, Map.of(), ""));
    noContent.documentedStatus("204");
    noContent.contentType("application/json");
    noContent.body();
    assertThat(noContent.failures()).isEmpty();
    Checks empty = new Checks(SPEC, SPEC.operation("GET", "/items"), response(200, Map.of(), ""));
    empty.documentedStatus("200");
    empty.contentType("application/json");
    assertThat(failed(empty)).containsExactly(Checks.CONTENT_TYPE_CONFORMANCE);
  }

  @Test
  void rejectionAndAuthChecksAcceptTheirStatusesAndLeaveServerErrorsToTheirOwnCheck() {
    for (int status : new int[] {400, 404, 422}) {
      assertThat(new Checks(SPEC, SPEC.operation("GET", "/items"), response(status, Map.of(), "")).rejected("x").failures()).isEmpty();
    }
    assertThat(failed(new Checks(SPEC, SPEC.operation("GET", "/items"), response(200, Map.of(), "")).rejected("x")))
        .containsExactly(Checks.NEGATIVE_DATA_REJECTION);
    assertThat(new Checks(SPEC, SPEC.operation("GET", "/items"), response(500, Map.of(), "")).rejected("x").failures()).isEmpty();
    assertThat(new Checks(SPEC, SPEC.operation("POST", "/items"), response(401, Map.of(), "")).authRejected().failures()).isEmpty();
    assertThat(new Checks(SPEC, SPEC.operation("POST", "/items"), response(403, Map.of(), "")).authRejected().failures()).isEmpty();
    assertThat(failed(new Checks(SPEC, SPEC.operation("POST", "/items"), response(400, Map.of(), "")).authRejected()))
        .containsExactly(Checks.AUTH_ENFORCED);
  }

  @Test
  void aFailedTestSaysWhatFailedAndHowToReproduceIt() {
    Checks checks = listItems(response(200, Map.of("Content-Type", List.of("application/json")), "[{\"id\":\"x\"}]"));
    assertThatThrownBy(checks::assertPassed).isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("GET /items: 2 checks failed\n[response-headers-conformance] the required header X-Total is "
            + "missing from the 200 response\n[response-schema-conformance] the body does not match the schema of the 200 "
            + "application/json response:\n  - /0/id: ")
        .hasMessageEndingWith("\nresponse: 200, application/json\nreproduce: curl -i -X GET 'http://h/api/items'");
  }

  @Test
  void noResponseIsOneFailureAndNothingElseIsJudged() {
    Exchange failed = Exchange.failed(ApiRequest.to("GET", "/items"), URI.create("http://h/api/items"), "curl", "no response within 10 ms");
    assertThat(failed(listItems(failed))).containsExactly(Checks.REQUEST_FAILED);
  }
}
