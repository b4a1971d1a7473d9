package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The live docs in a real browser: headless Chromium opens {@code /_charter/docs/}, Swagger UI
 * renders the spec it loads from the mock, and "Try it out" → "Execute" calls the mock itself,
 * which answers with the example. Skipped where {@code /usr/bin/chromium} is not installed
 * ({@code .ci/run} installs it).
 */
class LiveDocsBrowserTest {

  @Test
  void tryItOutCallsTheMock() throws Exception {
    assumeTrue(Files.isExecutable(HeadlessBrowser.CHROMIUM), "chromium is not installed");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (MockClient client = MockClient.start(MockClient.fixture("petstore.yaml").withRequestLog(LogFormat.TEXT, log));
        HeadlessBrowser browser = new HeadlessBrowser()) {
      browser.open(client.mock.baseUri() + "/_charter/docs/");
      browser.await("document.querySelectorAll('.opblock').length > 5", HeadlessBrowser.timeout(90));
      JsonNode titles = browser.evaluate("Array.from(document.querySelectorAll('.opblock-summary-path'))"
          + ".map(e => e.textContent.replace(/\\u200b/g, ''))");
      assertThat(titles.toString()).contains("/pets").contains("/pets/{petId}");
      String tryIt = """
          (async () => {
            const sleep = ms => new Promise(r => setTimeout(r, ms));
            const op = Array.from(document.querySelectorAll('.opblock-get')).find(o =>
                o.querySelector('.opblock-summary-path').textContent.replace(/\\u200b/g, '') === '/pets');
            op.querySelector('button.opblock-summary-control').click();
            for (let i = 0; i < 100 && !op.querySelector('.try-out__btn, .execute'); i++) await sleep(100);
            // tryItOutEnabled opens operations ready to execute; otherwise "Try it out" first
            if (!op.querySelector('.execute')) op.querySelector('.try-out__btn').click();
            for (let i = 0; i < 100 && !op.querySelector('.execute'); i++) await sleep(100);
            op.querySelector('.execute').click();
            for (let i = 0; i < 200 && !op.querySelector('.live-responses-table tbody .response-col_status'); i++) await sleep(100);
            const status = op.querySelector('.live-responses-table tbody .response-col_status');
            const body = op.querySelector('.live-responses-table tbody .response-col_description');
            return {status: status ? status.textContent.trim() : null, body: body ? body.textContent : null};
          })()
          """;
      JsonNode result = browser.evaluate(tryIt);
      assertThat(result.path("status").asText()).isEqualTo("200");
      assertThat(result.path("body").asText()).contains("Rex");
    }
    String lines = log.toString(StandardCharsets.UTF_8);
    assertThat(lines).contains("GET /_charter/spec 200");
    assertThat(lines).contains("GET /v1/pets 200");
  }
}
