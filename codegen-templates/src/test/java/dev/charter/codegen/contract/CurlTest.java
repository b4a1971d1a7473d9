package dev.charter.codegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.codegen.contract.runtime.Curl;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reproducers are pasted into a POSIX shell: quoting must survive any text, and secrets never appear. */
class CurlTest {

  @Test
  void textIsSingleQuotedAndQuotesInsideSurvive() {
    String line = Curl.command("POST", Curl.Part.of("http://h/p?q=it's"), List.of(new Curl.Option("-H",
        Curl.Part.of("X-Note: don't"))), "{\"a\":\"b'c\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(line).isEqualTo("curl -i -X POST 'http://h/p?q=it'\\''s' -H 'X-Note: don'\\''t' --data-binary '{\"a\":\"b'\\''c\"}'");
  }

  @Test
  void bodiesWithLineBreaksUseAnsiCQuoting() {
    String line = Curl.command("POST", Curl.Part.of("http://h/"), List.of(),
        "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(line).endsWith("--data-binary $'--b\\r\\nContent-Disposition: form-data; name=\"x\"\\r\\n\\r\\n1\\r\\n'");
  }

  @Test
  void secretsAreEnvironmentVariableReferences() {
    String line = Curl.command("GET", Curl.Part.of("http://h/p?api_key=").then("CHARTER_API_KEY_KEY"),
        List.of(new Curl.Option("-H", Curl.Part.of("Authorization: Bearer ").then("CHARTER_BEARER")),
            new Curl.Option("-u", new Curl.Part(List.of()).then("CHARTER_BASIC")),
            new Curl.Option("-H", Curl.Part.of("Cookie: a=").then("CHARTER_API_KEY_A").plus("; b=").then("CHARTER_API_KEY_B"))),
        null);
    assertThat(line).isEqualTo("curl -i -X GET 'http://h/p?api_key='\"$CHARTER_API_KEY_KEY\" "
        + "-H 'Authorization: Bearer '\"$CHARTER_BEARER\" -u \"$CHARTER_BASIC\" "
        + "-H 'Cookie: a='\"$CHARTER_API_KEY_A\"'; b='\"$CHARTER_API_KEY_B\"");
  }

  @Test
  void headRequestsUseHead() {
    assertThat(Curl.command("HEAD", Curl.Part.of("http://h/"), List.of(), null)).isEqualTo("curl -i --head 'http://h/'");
  }
}
