package dev.charter.codegen.docs;

import dev.charter.codegen.docs.DocsPage.BodyDoc;
import dev.charter.codegen.docs.DocsPage.ExampleDoc;
import dev.charter.codegen.docs.DocsPage.Group;
import dev.charter.codegen.docs.DocsPage.OperationDoc;
import dev.charter.codegen.docs.DocsPage.ParameterDoc;
import dev.charter.codegen.docs.DocsPage.ResponseDoc;
import dev.charter.codegen.docs.DocsPage.Row;
import dev.charter.codegen.docs.DocsPage.SchemaDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Writes a {@link DocsPage} as one self-contained HTML file: the stylesheet and the script (a
 * filter box and nothing else; the page is complete without it) are inlined, nothing is loaded
 * from anywhere, and a Content-Security-Policy allows only that one script, by its hash, so that
 * even markup that slipped past escaping could not run.
 */
final class DocsPageRenderer {
  private static final String CSS = resource("page.css");
  private static final String JS = resource("page.js");
  private static final String SCRIPT_HASH = "sha256-" + sha256(JS);

  private DocsPageRenderer() {}

  static String render(DocsPage page) {
    Html h = new Html(256 * 1024 + page.operationCount() * 2048);
    h.tag("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .tag("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .tag("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data:; script-src '" + SCRIPT_HASH + "'; base-uri 'none'; form-action 'none'\">\n")
        .tag("<meta name=\"generator\" content=\"charter generate docs\">\n")
        .open("title").text(page.title() + (page.version().isEmpty() ? "" : " " + page.version())).close("title")
        .tag("\n<style>\n").tag(CSS).tag("</style>\n</head>\n<body data-ready=\"false\">\n");
    sidebar(h, page);
    h.tag("<main>\n<header>");
    h.element("h1", page.title());
    h.element("div", page.specLabel() + (page.version().isEmpty() ? "" : " · version " + page.version()) + " · "
        + page.operationCount() + " operations", "class", "sub");
    h.markup(page.description());
    if (!page.servers().isEmpty()) {
      h.tag("<h4>Servers</h4><ul>");
      for (DocsPage.ServerDoc s : page.servers()) {
        h.tag("<li>").element("code", s.url()).markup(s.description()).tag("</li>");
      }
      h.tag("</ul>");
    }
    h.tag("</header>\n");
    for (Group g : page.groups()) {
      h.open("section", "class", "group").element("h2", g.name()).markup(g.description()).tag("\n");
      for (OperationDoc op : g.operations()) {
        operation(h, op);
      }
      h.tag("</section>\n");
    }
    if (!page.schemas().isEmpty()) {
      h.open("section", "class", "group", "id", "schemas").element("h2", "Schemas");
      for (DocsPage.NamedSchema s : page.schemas()) {
        h.open("div", "class", "op schema", "id", s.anchor()).element("h3", s.name()).markup(s.description());
        schema(h, s.schema());
        h.tag("</div>\n");
      }
      h.tag("</section>\n");
    }
    h.tag("</main>\n<script>").tag(JS).tag("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void sidebar(Html h, DocsPage page) {
    h.tag("<nav id=\"sidebar\"><input id=\"search\" type=\"search\" placeholder=\"Filter operations\" aria-label=\"Filter operations\">");
    for (Group g : page.groups()) {
      h.element("h2", g.name()).tag("<ul>");
      for (OperationDoc op : g.operations()) {
        h.tag("<li>").open("a", "href", "#" + op.anchor(), "data-target", op.anchor())
            .text(op.summary().isEmpty() ? op.key() : op.summary()).close("a").tag("</li>");
      }
      h.tag("</ul>\n");
    }
    if (!page.schemas().isEmpty()) {
      h.tag("<h2><a href=\"#schemas\">Schemas</a></h2>");
    }
    h.tag("</nav>\n");
  }

  private static void operation(Html h, OperationDoc op) {
    h.open("article", "class", "op", "id", op.anchor(), "data-op", op.key(),
        "data-search", op.summary() + " " + op.operationId().orElse(""));
    h.tag("<h3>").element("span", op.verb(), "class", "verb " + op.verb().replace(' ', '-'))
        .element("span", op.path(), "class", op.deprecated() ? "path deprecated" : "path");
    if (!op.summary().isEmpty()) {
      h.element("span", op.summary());
    }
    h.tag("</h3>");
    op.operationId().ifPresent(id -> h.tag("<div class=\"sub\">").element("code", id).tag("</div>"));
    h.markup(op.description());
    if (!op.security().isEmpty()) {
      h.element("div", "Security: " + String.join(" or ", op.security()), "class", "cons");
    }
    if (!op.parameters().isEmpty()) {
      h.tag("<h4>Parameters</h4>");
      parameters(h, op.parameters());
    }
    for (BodyDoc b : op.requests()) {
      h.open("h4").text(b.label().startsWith("message") ? b.label() : "Request body " + b.label()).close("h4");
      body(h, b);
    }
    if (!op.responses().isEmpty()) {
      h.tag("<h4>Responses</h4>");
      for (ResponseDoc r : op.responses()) {
        h.tag("<details><summary>").element("strong", r.status()).tag(" ");
        h.tag("</summary>").markup(r.description());
        if (!r.headers().isEmpty()) {
          parameters(h, r.headers());
        }
        for (BodyDoc b : r.bodies()) {
          h.element("div", b.label(), "class", "cons");
          body(h, b);
        }
        h.tag("</details>");
      }
    }
    h.tag("</article>\n");
  }

  private static void parameters(Html h, java.util.List<ParameterDoc> params) {
    h.tag("<table><tr><th>Name</th><th>In</th><th>Type</th><th>Description</th></tr>");
    for (ParameterDoc p : params) {
      h.tag("<tr>").open("td", "class", p.deprecated() ? "name deprecated" : "name").text(p.name());
      if (p.required()) {
        h.tag(" <span class=\"req\">required</span>");
      }
      h.tag("</td>").element("td", p.in()).element("td", p.type(), "class", "type");
      h.tag("<td>").markup(p.description());
      if (!p.constraints().isEmpty()) {
        h.element("div", p.constraints(), "class", "cons");
      }
      h.tag("</td></tr>");
    }
    h.tag("</table>");
  }

  private static void body(Html h, BodyDoc b) {
    schema(h, b.schema());
    for (ExampleDoc e : b.examples()) {
      h.tag("<details><summary>").text("Example: " + e.name() + (e.truncated() ? " (cut short)" : "")).tag("</summary>");
      h.tag("<pre><code>").text(e.json() + (e.truncated() ? "\n…" : "")).tag("</code></pre></details>");
    }
  }

  private static void schema(Html h, SchemaDoc s) {
    if (!s.type().isEmpty()) {
      h.tag("<div>");
      if (s.link().isPresent()) {
        h.open("a", "href", "#" + s.link().get(), "class", "type").text(s.type()).close("a");
      } else {
        h.element("span", s.type(), "class", "type");
      }
      if (!s.constraints().isEmpty()) {
        h.tag(" ").element("span", s.constraints(), "class", "cons");
      }
      h.tag("</div>");
    }
    if (s.rows().isEmpty()) {
      return;
    }
    h.tag("<table><tr><th>Property</th><th>Type</th><th>Description</th></tr>");
    for (Row r : s.rows()) {
      h.tag("<tr>").open("td", "class", r.deprecated() ? "name deprecated" : "name",
          "style", "padding-left:" + (6 + 18 * r.depth()) + "px").text(r.name());
      if (r.required()) {
        h.tag(" <span class=\"req\">required</span>");
      }
      h.tag("</td><td>");
      if (r.link().isPresent()) {
        h.open("a", "href", "#" + r.link().get(), "class", "type").text(r.type()).close("a");
      } else {
        h.element("span", r.type(), "class", "type");
      }
      h.tag("</td><td>").markup(r.description());
      if (!r.constraints().isEmpty()) {
        h.element("div", r.constraints(), "class", "cons");
      }
      h.tag("</td></tr>");
    }
    h.tag("</table>");
  }

  private static String resource(String name) {
    try (InputStream in = DocsPageRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
