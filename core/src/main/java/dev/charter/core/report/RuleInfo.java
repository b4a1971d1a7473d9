package dev.charter.core.report;

import dev.charter.core.diag.Severity;
import java.util.Optional;

/**
 * What a report says about the rule or check behind a finding: SARIF's {@code tool.driver.rules},
 * the title of a GitHub annotation, the help link in the JSON output.
 *
 * @param id the stable kebab-case id findings carry
 * @param defaultSeverity the severity the rule has unless configured otherwise
 * @param summary one sentence
 * @param description longer help text in Markdown, if any
 * @param helpUri where the rule is documented, if anywhere
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, Optional<String> description,
    Optional<String> helpUri) {

  public static RuleInfo of(String id, Severity severity, String summary) {
    return new RuleInfo(id, severity, summary, Optional.empty(), Optional.empty());
  }
}
