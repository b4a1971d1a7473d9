package dev.charter.codegen.docs;

/**
 * Limits that keep the page fast for the largest specs.
 *
 * @param fileName the page's name in the output folder
 * @param maxExampleChars examples longer than this are cut (and say so)
 * @param maxExamplesPerBody examples shown per request body, response body or message
 * @param maxRowsPerSchema property rows shown per schema table
 */
public record DocsOptions(String fileName, int maxExampleChars, int maxExamplesPerBody, int maxRowsPerSchema) {
  public static DocsOptions defaults() {
    return new DocsOptions("index.html", 8_000, 3, 400);
  }

  public DocsOptions withFileName(String name) {
    return new DocsOptions(name, maxExampleChars, maxExamplesPerBody, maxRowsPerSchema);
  }
}
