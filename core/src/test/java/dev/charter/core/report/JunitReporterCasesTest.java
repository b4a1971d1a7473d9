package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A report with test cases (charter verify) lists every case, passed, failed or skipped, grouped by suite. */
class JunitReporterCasesTest {

  private static Document render(Report report) throws Exception {
    StringWriter out = new StringWriter();
    new JunitReporter().write(report, ReportContext.plain(Path.of("/work")), out);
    var f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyCaseIsATestCaseWithItsOutcome() throws Exception {
    Diagnostic schema = new Diagnostic("response-schema-conformance", Severity.ERROR,
        "GET /pets #1 (example): the body does not match\nreproduce: curl -i 'http://h/pets'",
        Location.of("/work/api.yaml", "/paths/~1pets/get", 12, 7));
    Diagnostic status = new Diagnostic("not-a-server-error", Severity.ERROR, "the server answered 500",
        Location.of("/work/api.yaml", "/paths/~1pets/get", 10, 5));
    Report report = new Report("verify", "1.0", List.of("/work/api.yaml"), List.of(schema, status), Map.of(), List.of(
        new ReportCase("GET /pets (listPets)", "#1 example", List.of(schema, status), Optional.empty()),
        new ReportCase("GET /pets (listPets)", "#2 generated #1", List.of(), Optional.empty()),
        new ReportCase("POST /pets (createPet)", "#1 example", List.of(), Optional.of("no credentials for bearer"))));
    Element root = render(report).getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("3");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element pets = (Element) suites.item(0);
    assertThat(pets.getAttribute("name")).isEqualTo("GET /pets (listPets)");
    assertThat(pets.getAttribute("tests")).isEqualTo("2");
    NodeList cases = root.getElementsByTagName("testcase");
    Element failed = (Element) cases.item(0);
    assertThat(failed.getAttribute("name")).isEqualTo("#1 example");
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("response-schema-conformance");
    assertThat(failure.getAttribute("message")).isEqualTo("GET /pets #1 (example): the body does not match");
    assertThat(failure.getTextContent()).contains("api.yaml:12:7 error GET /pets #1").contains("reproduce: curl")
        .contains("api.yaml:10:5 error the server answered 500");
    assertThat(((Element) cases.item(1)).getChildNodes().getLength()).isZero();
    Element skipped = (Element) ((Element) cases.item(2)).getElementsByTagName("skipped").item(0);
    assertThat(skipped.getAttribute("message")).isEqualTo("no credentials for bearer");
  }

  @Test
  void aReportWithoutCasesKeepsOneCasePerFinding() throws Exception {
    Report report = new Report("validate", "1.0", List.of("/work/api.yaml"), List.of(), Map.of());
    assertThat(report.cases()).isEmpty();
    Element root = render(report).getDocumentElement();
    assertThat(((Element) root.getElementsByTagName("testcase").item(0)).getAttribute("name"))
        .isEqualTo(JunitReporter.CLEAN_CASE);
  }
}
