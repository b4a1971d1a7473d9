package dev.charter.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * SARIF 2.1.0 with one run, shaped for GitHub code scanning (see {@code docs/formats.md}).
 *
 * <p>Artifact URIs are relative to {@code %SRCROOT%} (the repository root, or the working
 * directory when there is no repository) and percent-encoded as RFC 3986 requires. Results carry a
 * {@code partialFingerprints} entry {@value #FINGERPRINT_KEY} from {@link Fingerprints}, which does not
 * depend on line numbers.
 */
public final class SarifReporter implements Reporter {

  public static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  public static final String SRCROOT = "%SRCROOT%";
  public static final String FINGERPRINT_KEY = "charter/v1";

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    DisplayPaths paths = DisplayPaths.of(context);
    ObjectNode root = JsonOutput.object();
    root.put("$schema", SCHEMA_URI);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "charter");
    driver.put("version", report.toolVersion());
    List<String> ruleIds = ruleIds(report);
    Map<String, Integer> ruleIndex = new HashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (String id : ruleIds) {
      ruleIndex.put(id, ruleIndex.size());
      rules.add(rule(id, report.rules().get(id)));
    }

    run.putObject("automationDetails").put("id", "charter/" + report.command() + "/");

    boolean[] usesSrcRoot = {false};
    ArrayNode results = JsonOutput.NODES.arrayNode();
    List<String> fingerprints = Fingerprints.of(report.diagnostics(), paths);
    for (int i = 0; i < report.diagnostics().size(); i++) {
      Diagnostic d = report.diagnostics().get(i);
      ObjectNode r = results.addObject();
      r.put("ruleId", d.id());
      r.put("ruleIndex", ruleIndex.get(d.id()));
      r.put("level", level(d.severity()));
      r.putObject("message").put("text", d.message());
      r.putArray("locations").add(location(d.location(), paths, usesSrcRoot));
      r.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprints.get(i));
      if (!d.related().isEmpty()) {
        ArrayNode related = r.putArray("relatedLocations");
        int id = 1;
        for (Location l : d.related()) {
          ObjectNode rl = location(l, paths, usesSrcRoot);
          ObjectNode withId = JsonOutput.object();
          withId.put("id", id++);
          withId.setAll(rl);
          related.add(withId);
        }
      }
    }
    if (usesSrcRoot[0]) {
      run.putObject("originalUriBaseIds").putObject(SRCROOT).putObject("description").put("text",
          "The root of the repository, or the working directory when charter ran outside a git repository.");
    }
    run.set("results", results);
    JsonOutput.write(root, out);
  }

  /** The driver's rules: every rule the report knows plus any id a finding carries, sorted by id. */
  static List<String> ruleIds(Report report) {
    TreeSet<String> ids = new TreeSet<>(report.rules().keySet());
    report.diagnostics().forEach(d -> ids.add(d.id()));
    return new ArrayList<>(ids);
  }

  private static ObjectNode rule(String id, RuleInfo info) {
    ObjectNode r = JsonOutput.object();
    r.put("id", id);
    if (info == null) {
      r.putObject("shortDescription").put("text", id);
      return r;
    }
    r.putObject("shortDescription").put("text", info.summary());
    String full = info.description().orElse(info.summary());
    r.putObject("fullDescription").put("text", full);
    ObjectNode help = r.putObject("help");
    help.put("text", full);
    info.description().ifPresent(md -> help.put("markdown", md));
    info.helpUri().ifPresent(uri -> r.put("helpUri", uri));
    r.putObject("defaultConfiguration").put("level", level(info.defaultSeverity()));
    return r;
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARN -> "warning";
      case INFO, HINT -> "note";
    };
  }

  private static ObjectNode location(Location l, DisplayPaths paths, boolean[] usesSrcRoot) {
    ObjectNode loc = JsonOutput.object();
    ObjectNode physical = loc.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    DisplayPaths.Artifact a = paths.artifact(l.file());
    boolean relative = a.base() == DisplayPaths.Base.REPOSITORY
        || (a.base() == DisplayPaths.Base.WORKING_DIR && !paths.hasRepositoryRoot());
    if (relative) {
      artifact.put("uri", encodePath(a.path()));
      artifact.put("uriBaseId", SRCROOT);
      usesSrcRoot[0] = true;
    } else if (a.base() == DisplayPaths.Base.WORKING_DIR || a.base() == DisplayPaths.Base.ABSOLUTE) {
      // Outside the repository: an absolute file URI is the only unambiguous name.
      artifact.put("uri", fileUri(paths.absolute(a)));
    } else if (a.base() == DisplayPaths.Base.URL) {
      artifact.put("uri", a.path());
    } else {
      artifact.put("uri", encodePath(a.path()));
    }
    if (l.hasPosition()) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", l.line());
      if (l.column() > 0) {
        region.put("startColumn", l.column());
      }
      if (l.hasEnd() && l.endLine() >= l.line()) {
        region.put("endLine", l.endLine());
        if (l.endColumn() > 0 && l.column() > 0) {
          region.put("endColumn", l.endColumn());
        }
      }
    }
    if (!l.pointer().isEmpty()) {
      loc.putObject("properties").put("pointer", l.pointer());
    }
    return loc;
  }

  private static String fileUri(String abs) {
    if (!abs.startsWith("/")) {
      abs = "/" + abs; // a Windows drive: file:///C:/…
    }
    return "file://" + encodePath(abs).replaceFirst("^/([A-Za-z])%3A/", "/$1:/");
  }

  /**
   * Percent-encodes a path for a URI reference: unreserved characters and {@code /} stay, everything
   * else (including {@code :}, which would otherwise read as a scheme) becomes UTF-8 {@code %XX}.
   */
  static String encodePath(String path) {
    StringBuilder sb = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_' || c == '~' || c == '/') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
