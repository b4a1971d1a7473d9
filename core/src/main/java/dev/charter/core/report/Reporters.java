package dev.charter.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The reporter of each {@link ReportFormat}. Reporters are stateless, so instances are shared. */
public final class Reporters {

  private static final Reporter STYLISH = new StylishReporter();
  private static final Reporter JSON = new JsonReporter();
  private static final Reporter SARIF = new SarifReporter();
  private static final Reporter JUNIT = new JunitReporter();
  private static final Reporter GITHUB = new GithubReporter();
  private static final Reporter GITLAB = new GitlabReporter();
  private static final Reporter MARKDOWN = new MarkdownReporter();

  private Reporters() {}

  /** {@code report} in {@code format}, as text: what a command prints or a report file holds. */
  public static String render(ReportFormat format, Report report, ReportContext context) {
    StringWriter out = new StringWriter();
    try {
      forFormat(format).write(report, context, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  public static Reporter forFormat(ReportFormat format) {
    return switch (format) {
      case STYLISH -> STYLISH;
      case JSON -> JSON;
      case SARIF -> SARIF;
      case JUNIT -> JUNIT;
      case GITHUB -> GITHUB;
      case GITLAB -> GITLAB;
      case MARKDOWN -> MARKDOWN;
    };
  }
}
