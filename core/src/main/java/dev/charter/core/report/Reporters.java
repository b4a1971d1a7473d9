package dev.charter.core.report;

/** Placeholder until the reporters land: one line per finding in every format. */
public final class Reporters {
  private Reporters() {}

  public static Reporter forFormat(ReportFormat format) {
    return (report, context, out) -> {
      for (var d : report.diagnostics()) {
        out.write(d.oneLine() + "\n");
      }
    };
  }
}
