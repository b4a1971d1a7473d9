package dev.charter.core.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats every command that reports findings offers through {@code --format}. */
public enum ReportFormat {
  /** For people: grouped by file, coloured on a terminal. */
  STYLISH,
  /** charter's own documented, stable JSON. */
  JSON,
  /** SARIF 2.1.0, for GitHub code scanning and other SARIF consumers. */
  SARIF,
  /** JUnit XML (Ant/Surefire dialect), for CI test report viewers. */
  JUNIT,
  /** GitHub Actions workflow commands that annotate a pull request. */
  GITHUB,
  /** GitLab Code Quality report. */
  GITLAB,
  /** Markdown, for pull request comments and job summaries. */
  MARKDOWN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReportFormat parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("text")) {
      return STYLISH;
    }
    if (t.equals("github-actions")) {
      return GITHUB;
    }
    if (t.equals("gitlab-code-quality") || t.equals("code-climate") || t.equals("codeclimate")) {
      return GITLAB;
    }
    for (ReportFormat f : values()) {
      if (f.id().equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + text + "' (expected one of "
        + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", ")) + ")");
  }
}
