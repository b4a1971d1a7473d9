package dev.charter.core.report;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one line per finding:
 * {@code ::error file=api.yaml,line=3,col=5,endLine=3,endColumn=9,title=rule-id::message}.
 *
 * <p>Position properties that are unknown are left out. Findings in something that is not a file
 * of the checkout ({@code <stdin>}, a URL) get no {@code file} property; their location is written
 * at the start of the message instead. Related locations are appended to the message, one per line.
 * Control characters in messages are made visible ({@link Text#visible}). Nothing at all is printed
 * for a clean run.
 */
public final class GithubReporter implements Reporter {

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    DisplayPaths paths = DisplayPaths.of(context);
    for (Diagnostic d : report.diagnostics()) {
      out.write(line(d, paths));
      out.write('\n');
    }
    out.flush();
  }

  static String line(Diagnostic d, DisplayPaths paths) {
    Location l = d.location();
    DisplayPaths.Artifact a = paths.artifact(l.file());
    StringBuilder props = new StringBuilder();
    String message = d.message();
    if (a.isLocalFile()) {
      prop(props, "file", a.path());
      if (l.hasPosition()) {
        prop(props, "line", Integer.toString(l.line()));
        if (l.column() > 0) {
          prop(props, "col", Integer.toString(l.column()));
        }
        if (l.hasEnd() && l.endLine() >= l.line()) {
          prop(props, "endLine", Integer.toString(l.endLine()));
          if (l.endColumn() > 0 && l.column() > 0) {
            prop(props, "endColumn", Integer.toString(l.endColumn()));
          }
        }
      }
    } else {
      message = paths.artifactPosition(l) + ": " + message;
    }
    prop(props, "title", d.id());
    StringBuilder text = new StringBuilder(message);
    for (Location r : d.related()) {
      text.append("\nrelated: ").append(paths.artifactPosition(r));
    }
    return "::" + command(d.severity()) + " " + props + "::" + escapeData(Text.visible(text.toString()));
  }

  static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARN -> "warning";
      case INFO, HINT -> "notice";
    };
  }

  private static void prop(StringBuilder sb, String name, String value) {
    if (sb.length() > 0) {
      sb.append(',');
    }
    sb.append(name).append('=').append(escapeProperty(Text.visible(value)));
  }

  /** The escaping the Actions runner undoes in a command's message. */
  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The escaping the Actions runner undoes in a property value. */
  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
