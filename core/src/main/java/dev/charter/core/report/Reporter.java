package dev.charter.core.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Implementations are stateless and produce byte-identical output for equal input. */
public interface Reporter {
  void write(Report report, ReportContext context, Writer out) throws IOException;
}
