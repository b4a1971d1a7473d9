package dev.charter.maven;

import java.util.List;

/**
 * Keeps the libraries charter runs on quiet in the build log unless Maven runs with {@code -X}, as
 * the command line keeps them quiet unless {@code --verbose}: charter reports what matters itself,
 * as findings and notes.
 *
 * <p>Inside Maven, SLF4J is Maven's own logger, shared by every plugin. Its per-logger levels are
 * read from system properties when a logger is first created; that is the only knob Maven gives a
 * plugin. So the levels are set there, for the libraries' own logger names only, and never over a
 * level the user set ({@code -Dorg.slf4j.simpleLogger.log.org.openapitools=info} still works).
 */
final class LibraryLogging {
  private static final String LEVEL_KEY_PREFIX = "org.slf4j.simpleLogger.log.";

  /** The logger names of charter's libraries that log at info and warn on their own. */
  private static final List<String> LIBRARIES = List.of(
      "com.networknt",           // JSON Schema validation
      "org.eclipse.jgit",        // git revisions and tags
      "io.swagger",              // the OpenAPI object model
      "com.asyncapi",            // the AsyncAPI object model
      "org.openapitools",        // OpenAPI Generator
      "openapi-generator",       // what OpenAPI Generator prints, as charter captures it
      "com.samskivert.mustache", // OpenAPI Generator's templates
      "com.github.jknack",       // OpenAPI Generator's handlebars templates
      "io.undertow",             // the mock server's HTTP engine
      "org.xnio",
      "org.jboss");

  private LibraryLogging() {}

  static void quietUnlessDebug(boolean debug) {
    if (debug) {
      return;
    }
    for (String name : LIBRARIES) {
      String key = LEVEL_KEY_PREFIX + name;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "off");
      }
    }
  }
}
