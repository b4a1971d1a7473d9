package dev.charter.codegen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Descriptions rendered from CommonMark: raw HTML escaped, link and image destinations sanitised alike. */
class MarkdownTest {

  @Test
  void imageDestinationsAreSanitisedLikeLinks() {
    for (String scheme : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox(1)",
        "file:///etc/passwd"}) {
      String image = Markdown.render("![x](" + scheme + ")").html();
      String link = Markdown.render("[x](" + scheme + ")").html();
      assertThat(image).as(scheme).contains("href=\"\"").doesNotContainIgnoringCase(scheme.substring(0, 5));
      assertThat(link).as(scheme).contains("href=\"\"");
    }
    assertThat(Markdown.render("![logo](https://example.com/a.png \"Logo\")").html())
        .contains("<a href=\"https://example.com/a.png\" rel=\"noopener noreferrer nofollow\">[image: Logo] logo</a>")
        .doesNotContain("<img");
  }

  @Test
  void rawHtmlIsText() {
    assertThat(Markdown.render("a <script>alert(1)</script> *ok*").html())
        .contains("&lt;script&gt;").contains("<em>ok</em>").doesNotContain("<script>");
  }
}
