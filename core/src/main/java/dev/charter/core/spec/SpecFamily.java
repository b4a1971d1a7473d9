package dev.charter.core.spec;

/** The two kinds of contract charter reads. */
public enum SpecFamily {
  OPENAPI("OpenAPI"),
  ASYNCAPI("AsyncAPI");

  private final String label;

  SpecFamily(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
