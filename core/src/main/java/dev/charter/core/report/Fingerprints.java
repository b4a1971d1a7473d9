package dev.charter.core.report;

import dev.charter.core.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Stable identities for findings, used by SARIF ({@code partialFingerprints}) and GitLab Code
 * Quality ({@code fingerprint}) to recognise the same issue across runs.
 *
 * <p>The fingerprint is the lower-case hex SHA-256 of {@code id}, the artifact path (see {@link
 * DisplayPaths#artifact}), the JSON pointer and the message, joined by NUL characters. Line and
 * column are deliberately left out so that an issue keeps its identity when lines above it move.
 * When several findings share all four parts, the first keeps the plain hash and the n-th (n ≥ 2,
 * counted in report order) hashes the same parts plus {@code n}, so every fingerprint in a report
 * is unique and still deterministic.
 */
public final class Fingerprints {

  private Fingerprints() {}

  /** The fingerprints of {@code diagnostics}, in the same order. */
  public static List<String> of(List<Diagnostic> diagnostics, DisplayPaths paths) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      String key = d.id() + '\0' + paths.artifactPath(d.location().file()) + '\0' + d.location().pointer() + '\0'
          + d.message();
      int n = seen.merge(key, 1, Integer::sum);
      out.add(sha256(n == 1 ? key : key + '\0' + n));
    }
    return out;
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
