package dev.charter.codegen.asyncapi;

import java.util.Objects;
import java.util.Optional;

/**
 * How AsyncAPI models are generated.
 *
 * @param packageName the Java package of every generated type
 * @param style records (immutable, the default) or classes (mutable beans with getters and setters)
 * @param dateTimes {@code format: date-time} as {@link java.time.OffsetDateTime} (the generated
 *     pom adds jackson-datatype-jsr310) or as the string it is on the wire
 * @param groupId, artifactId, version the generated pom's coordinates; artifactId and version
 *     default to the spec's title and version
 */
public record AsyncModelOptions(String packageName, Style style, DateTimes dateTimes, String groupId,
    Optional<String> artifactId, Optional<String> version) {

  public static final String DEFAULT_PACKAGE = "com.example.asyncapi";

  public AsyncModelOptions {
    Objects.requireNonNull(packageName, "packageName");
    if (!packageName.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
      throw new IllegalArgumentException("'" + packageName + "' is not a Java package name");
    }
    for (String part : packageName.split("\\.")) {
      if (dev.charter.codegen.java.JavaNames.isReserved(part)) {
        throw new IllegalArgumentException("'" + packageName + "' is not a Java package name ('" + part + "' is a keyword)");
      }
    }
  }

  public static AsyncModelOptions defaults() {
    return new AsyncModelOptions(DEFAULT_PACKAGE, Style.RECORDS, DateTimes.JAVA_TIME, "com.example", Optional.empty(),
        Optional.empty());
  }

  public AsyncModelOptions withPackage(String name) {
    return new AsyncModelOptions(name, style, dateTimes, groupId, artifactId, version);
  }

  public AsyncModelOptions withStyle(Style s) {
    return new AsyncModelOptions(packageName, s, dateTimes, groupId, artifactId, version);
  }

  public AsyncModelOptions withDateTimes(DateTimes d) {
    return new AsyncModelOptions(packageName, style, d, groupId, artifactId, version);
  }

  public enum Style {
    RECORDS,
    CLASSES
  }

  public enum DateTimes {
    /** {@code OffsetDateTime} and {@code LocalDate}. */
    JAVA_TIME,
    /** {@code String}, exactly as sent. */
    STRING
  }
}
