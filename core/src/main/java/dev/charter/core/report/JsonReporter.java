package dev.charter.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * charter's own JSON (format version 1), documented in {@code docs/formats.md}. Every key is always
 * present and keys appear in a fixed order; positions that are unknown are {@code null}, never 0.
 * Paths are as people see them ({@link DisplayPaths#display}).
 */
public final class JsonReporter implements Reporter {

  /** Bumped only for changes that can break a consumer; adding a key is not one. */
  public static final int FORMAT_VERSION = 1;

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    DisplayPaths paths = DisplayPaths.of(context);
    ObjectNode root = JsonOutput.object();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "charter");
    tool.put("version", report.toolVersion());
    root.put("command", report.command());

    List<String> files = Tally.files(report);
    Tally tally = Tally.of(report.diagnostics());
    ObjectNode summary = root.putObject("summary");
    summary.put("error", tally.errors());
    summary.put("warn", tally.warnings());
    summary.put("info", tally.infos());
    summary.put("hint", tally.hints());
    summary.put("total", tally.total());
    summary.put("files", files.size());
    summary.put("filesWithProblems", Tally.byFile(report.diagnostics()).size());

    ArrayNode inputs = root.putArray("inputs");
    report.inputs().stream().sorted().map(paths::display).forEach(inputs::add);

    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode o = diagnostics.addObject();
      o.put("id", d.id());
      o.put("severity", d.severity().label());
      o.put("message", d.message());
      putLocation(o, d.location(), paths);
      RuleInfo rule = report.rules().get(d.id());
      String helpUri = rule == null ? null : rule.helpUri().orElse(null);
      o.put("helpUri", helpUri);
      ArrayNode related = o.putArray("related");
      for (Location r : d.related()) {
        putLocation(related.addObject(), r, paths);
      }
    }
    JsonOutput.write(root, out);
  }

  private static void putLocation(ObjectNode o, Location l, DisplayPaths paths) {
    o.put("file", paths.display(l.file()));
    o.put("line", positive(l.line()));
    o.put("column", l.hasPosition() ? positive(l.column()) : null);
    o.put("endLine", positive(l.endLine()));
    o.put("endColumn", l.hasEnd() ? positive(l.endColumn()) : null);
    o.put("pointer", l.pointer());
  }

  private static Integer positive(int n) {
    return n > 0 ? n : null;
  }
}
