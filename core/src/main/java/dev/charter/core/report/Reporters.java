package dev.charter.core.report;

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
