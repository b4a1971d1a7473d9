package dev.charter.codegen.docs;

/**
 * Builds HTML where every piece of text is escaped unless it is a {@link Markup} (HTML that
 * charter produced itself). Spec text never reaches the page any other way, so a description with
 * {@code <script>} or an attribute with a quote cannot become markup.
 */
public final class Html {
  private final StringBuilder sb;

  public Html(int capacity) {
    this.sb = new StringBuilder(capacity);
  }

  /** Writes a fixed tag or fragment from charter's own code (never spec text). */
  public Html tag(String markup) {
    sb.append(markup);
    return this;
  }

  /** Writes {@code <name class="cls">}; attribute values are escaped. */
  public Html open(String name, String... attributes) {
    sb.append('<').append(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      sb.append(' ').append(attributes[i]).append("=\"");
      escapeInto(attributes[i + 1]);
      sb.append('"');
    }
    sb.append('>');
    return this;
  }

  public Html close(String name) {
    sb.append("</").append(name).append('>');
    return this;
  }

  /** {@code <name attrs>text</name>} with the text escaped. */
  public Html element(String name, String text, String... attributes) {
    return open(name, attributes).text(text).close(name);
  }

  public Html text(String text) {
    escapeInto(text);
    return this;
  }

  public Html markup(Markup markup) {
    sb.append(markup.html());
    return this;
  }

  private void escapeInto(String text) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? ' ' : c);
      }
    }
  }

  /** Escapes {@code text} for an HTML text node or attribute. */
  public static String escape(String text) {
    Html h = new Html(text.length() + 16);
    h.escapeInto(text);
    return h.toString();
  }

  public int length() {
    return sb.length();
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  /** HTML charter produced (CommonMark rendered with raw HTML escaped): the only markup written as is. */
  public record Markup(String html) {
    public static final Markup EMPTY = new Markup("");

    public boolean isEmpty() {
      return html.isEmpty();
    }
  }
}
