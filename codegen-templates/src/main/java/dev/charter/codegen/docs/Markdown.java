package dev.charter.codegen.docs;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Descriptions in specs are CommonMark. They are rendered with raw HTML escaped (a {@code <script>}
 * shows as text) and link destinations sanitised ({@code javascript:} dropped); links open with
 * {@code rel="noopener noreferrer nofollow"}. Images are rendered as links: the page loads nothing
 * from the network. Parser and renderer are immutable and thread-safe.
 */
final class Markdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .escapeHtml(true)
      .sanitizeUrls(true)
      .attributeProviderFactory(context -> new LinkAttributes())
      .nodeRendererFactory(context -> new ImageAsLink(context))
      .build();

  private Markdown() {}

  static Html.Markup render(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return Html.Markup.EMPTY;
    }
    Node document = PARSER.parse(markdown);
    return new Html.Markup(RENDERER.render(document));
  }

  private static final class LinkAttributes implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, java.util.Map<String, String> attributes) {
      if (node instanceof Link) {
        attributes.put("rel", "noopener noreferrer nofollow");
      }
    }
  }

  /** {@code ![alt](url)} becomes a link to the image, so that viewing the page fetches nothing. */
  private static final class ImageAsLink implements org.commonmark.renderer.NodeRenderer {
    private final org.commonmark.renderer.html.HtmlNodeRendererContext context;

    ImageAsLink(org.commonmark.renderer.html.HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public java.util.Set<Class<? extends Node>> getNodeTypes() {
      return java.util.Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
      Image image = (Image) node;
      // the same sanitising as for links (only http, https, mailto and data survive), not a check for
      // "javascript:" alone, which let vbscript: and friends through
      String destination = context.shouldSanitizeUrls()
          ? context.urlSanitizer().sanitizeLinkUrl(image.getDestination()) : image.getDestination();
      var html = context.getWriter();
      java.util.Map<String, String> attrs = new java.util.LinkedHashMap<>();
      attrs.put("href", context.encodeUrl(destination));
      attrs.put("rel", "noopener noreferrer nofollow");
      html.tag("a", context.extendAttributes(node, "a", attrs));
      html.text("[image" + (image.getTitle() == null ? "" : ": " + image.getTitle()) + "] ");
      Node child = image.getFirstChild();
      while (child != null) {
        context.render(child);
        child = child.getNext();
      }
      html.tag("/a");
    }
  }
}
