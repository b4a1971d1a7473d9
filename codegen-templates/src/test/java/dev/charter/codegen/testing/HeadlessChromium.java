package dev.charter.codegen.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a page in headless Chromium and returns the DOM after its scripts ran ({@code
 * --dump-dom}). Skips the test (assumption) when {@code /usr/bin/chromium} is absent. Every run
 * gets a new, empty profile; networking features Chromium starts on its own are off, so a page
 * that tried to load anything would show it as missing content, not as a fetch.
 */
public final class HeadlessChromium {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private HeadlessChromium() {}

  public static void assumeAvailable() {
    assumeTrue(Files.isExecutable(CHROMIUM), "/usr/bin/chromium is not installed");
  }

  public static String dumpDom(Path page, Path scratch) throws IOException, InterruptedException {
    assumeAvailable();
    Path profile = Files.createTempDirectory(scratch, "chromium-profile-");
    Path out = scratch.resolve("dom-" + System.nanoTime() + ".html");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=10000",
        "--dump-dom", page.toUri().toString()));
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectErrorStream(false)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 180 s for " + page);
    }
    if (p.exitValue() != 0) {
      throw new AssertionError("chromium exited with " + p.exitValue() + " for " + page);
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** Values of {@code attribute} on every element in a serialized DOM, HTML entities decoded. */
  public static List<String> attributeValues(String dom, String attribute) {
    return attributes(dom).stream().filter(a -> a[0].equals(attribute)).map(a -> a[1]).toList();
  }

  /** The names of all attributes of all elements in a serialized DOM. */
  public static java.util.Set<String> attributeNames(String dom) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    attributes(dom).forEach(a -> names.add(a[0]));
    return names;
  }

  /**
   * Every attribute of every element as {name, decoded value}, read with a small tokenizer: text
   * that merely looks like an attribute (Chromium serializes quotes in text as they are) is not
   * one, and a quoted value is skipped as a whole.
   */
  public static List<String[]> attributes(String dom) {
    List<String[]> out = new ArrayList<>();
    int i = 0;
    int n = dom.length();
    while (i < n) {
      int lt = dom.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        break;
      }
      i = lt + 1;
      if (!Character.isLetter(dom.charAt(i))) {
        continue;
      }
      String tag = "";
      int tagStart = i;
      while (i < n && !Character.isWhitespace(dom.charAt(i)) && dom.charAt(i) != '>' && dom.charAt(i) != '/') {
        i++;
      }
      tag = dom.substring(tagStart, i).toLowerCase(java.util.Locale.ROOT);
      while (i < n && dom.charAt(i) != '>') {
        char c = dom.charAt(i);
        if (Character.isWhitespace(c) || c == '/') {
          i++;
          continue;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(dom.charAt(i)) && dom.charAt(i) != '=' && dom.charAt(i) != '>') {
          i++;
        }
        String name = dom.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        String value = "";
        if (i < n && dom.charAt(i) == '=') {
          i++;
          if (i < n && (dom.charAt(i) == '"' || dom.charAt(i) == '\'')) {
            int close = dom.indexOf(dom.charAt(i), i + 1);
            value = dom.substring(i + 1, close < 0 ? n : close);
            i = close < 0 ? n : close + 1;
          } else {
            int vs = i;
            while (i < n && !Character.isWhitespace(dom.charAt(i)) && dom.charAt(i) != '>') {
              i++;
            }
            value = dom.substring(vs, i);
          }
        }
        out.add(new String[] {name, decode(value), tag});
      }
      if (tag.equals("script") || tag.equals("style")) {
        // raw text elements: skip to their end tag
        int end = dom.indexOf("</" + tag, i);
        i = end < 0 ? n : end;
      }
    }
    return out;
  }

  private static String decode(String value) {
    return value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
