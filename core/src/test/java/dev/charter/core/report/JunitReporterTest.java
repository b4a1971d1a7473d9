package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReporterTest {

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static int intAttr(Element e, String name) {
    return Integer.parseInt(e.getAttribute(name));
  }

  @Test
  void countsAndStructureAreConsistent() throws Exception {
    Document doc = parse(SampleReports.render(ReportFormat.JUNIT, SampleReports.sample()));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("name")).isEqualTo("charter lint");
    List<Element> suites = children(root, "testsuite");
    assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("services/clean.yaml",
        "services/odd,name:v1 \u00fc.yaml", "services/petstore.yaml", "shared/common.yaml", "<stdin>",
        "https://example.com/specs/remote.yaml", "services/orders.yaml");
    int tests = 0;
    int failures = 0;
    for (Element suite : suites) {
      List<Element> cases = children(suite, "testcase");
      int suiteFailures = 0;
      for (Element c : cases) {
        assertThat(c.getAttribute("classname")).isEqualTo(suite.getAttribute("name"));
        suiteFailures += children(c, "failure").size();
      }
      assertThat(cases).as("every suite has a test case").isNotEmpty();
      assertThat(intAttr(suite, "tests")).isEqualTo(cases.size());
      assertThat(intAttr(suite, "failures")).isEqualTo(suiteFailures);
      assertThat(intAttr(suite, "errors")).isZero();
      tests += cases.size();
      failures += suiteFailures;
    }
    assertThat(intAttr(root, "tests")).isEqualTo(tests);
    assertThat(intAttr(root, "failures")).isEqualTo(failures).as("3 errors + 5 warnings").isEqualTo(8);
    assertThat(intAttr(root, "errors")).isZero();
  }

  @Test
  void cleanFilesAndInfoOnlyFilesHaveOnePassingCase() throws Exception {
    Document doc = parse(SampleReports.render(ReportFormat.JUNIT, SampleReports.sample()));
    for (Element suite : children(doc.getDocumentElement(), "testsuite")) {
      String name = suite.getAttribute("name");
      if (name.equals("services/clean.yaml") || name.equals("https://example.com/specs/remote.yaml")) {
        List<Element> cases = children(suite, "testcase");
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).getAttribute("name")).isEqualTo(JunitReporter.CLEAN_CASE);
        assertThat(children(cases.get(0), "failure")).isEmpty();
      }
    }
    Document clean = parse(SampleReports.render(ReportFormat.JUNIT, SampleReports.clean()));
    assertThat(intAttr(clean.getDocumentElement(), "tests")).isEqualTo(2);
    assertThat(intAttr(clean.getDocumentElement(), "failures")).isZero();
  }

  @Test
  void failuresCarryIdMessageAndLocation() throws Exception {
    Document doc = parse(SampleReports.render(ReportFormat.JUNIT, SampleReports.sample()));
    NodeList failures = doc.getElementsByTagName("failure");
    Element special = null;
    for (int i = 0; i < failures.getLength(); i++) {
      Element f = (Element) failures.item(i);
      if (f.getAttribute("type").equals("operation-description")) {
        special = f;
      }
    }
    assertThat(special).isNotNull();
    assertThat(special.getAttribute("message")).as("attribute keeps the line break").isEqualTo(SampleReports.SPECIAL_MESSAGE);
    assertThat(special.getTextContent())
        .isEqualTo("services/petstore.yaml:20:3 warning " + SampleReports.SPECIAL_MESSAGE);
    assertThat(((Element) special.getParentNode()).getAttribute("name")).isEqualTo("operation-description at 20:3");
  }

  @Test
  void charactersXmlCannotCarryAreMadeVisible() throws Exception {
    String nasty = "bell \u0007 nul \u0000 esc \u001b fffe \ufffe lone \ud800 pair \ud83d\ude00 ]]> <&>\"'";
    Report report = new Report("validate", "1", List.of(SampleReports.PETSTORE),
        List.of(new Diagnostic("x<y>", Severity.ERROR, nasty, Location.of(SampleReports.PETSTORE, "", 1, 2))), Map.of());
    String xml = SampleReports.render(ReportFormat.JUNIT, report);
    Element failure = (Element) parse(xml).getElementsByTagName("failure").item(0);
    String expected = "bell \\u0007 nul \\u0000 esc \\u001B fffe \\uFFFE lone \\uD800 pair \ud83d\ude00 ]]> <&>\"'";
    assertThat(failure.getAttribute("message")).isEqualTo(expected);
    assertThat(failure.getAttribute("type")).isEqualTo("x<y>");
    assertThat(failure.getTextContent()).endsWith(expected);
  }

  @Test
  void infoAndHintAreNotFailures() throws Exception {
    Report report = new Report("lint", "1", List.of(SampleReports.PETSTORE), List.of(
        new Diagnostic("i", Severity.INFO, "info", Location.of(SampleReports.PETSTORE, "", 1, 1)),
        new Diagnostic("h", Severity.HINT, "hint", Location.of(SampleReports.PETSTORE, "", 2, 1))), Map.of());
    Document doc = parse(SampleReports.render(ReportFormat.JUNIT, report));
    assertThat(intAttr(doc.getDocumentElement(), "failures")).isZero();
    assertThat(intAttr(doc.getDocumentElement(), "tests")).isEqualTo(1);
  }
}
