package dev.charter.compat;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the new {@code info.version} carries the bump the changes need, and the smallest version
 * that would. Versions are read as semver ({@code 1.4.2}, a leading {@code v}, a missing minor or
 * patch read as 0, pre-release and build ignored for the check, and allowed only after all three
 * numbers, so a date such as {@code 2023-10-01} is not read as 2023 with a pre-release). Numbers
 * have any size ({@code 20231001120000.0.0}). Below 1.0.0, as Cargo and npm
 * read semver, the minor number is the breaking one: a major change needs 0.(y+1).0, anything
 * else 0.y.(z+1).
 *
 * @param satisfied whether the new version carries the bump
 * @param suggested the smallest version that would
 */
public record VersionCheck(String oldVersion, String newVersion, Bump required, boolean satisfied,
    Optional<String> suggested, String message) {

  private static final Pattern SEMVER = Pattern.compile("^(v|V)?(\\d+)(?:\\.(\\d+)(?:\\.(\\d+)([-+].*)?)?)?$");

  public static VersionCheck of(Optional<String> oldText, Optional<String> newText, Bump required) {
    String ov = oldText.orElse("");
    String nv = newText.orElse("");
    Matcher om = SEMVER.matcher(ov.trim());
    Matcher nm = SEMVER.matcher(nv.trim());
    if (!om.matches()) {
      return new VersionCheck(ov, nv, required, false, Optional.empty(), "the old info.version '" + ov
          + "' is not a semantic version, so the bump cannot be checked");
    }
    BigInteger[] o = parts(om);
    String prefix = om.group(1) == null ? "" : om.group(1);
    BigInteger[] next = next(o, required);
    String suggested = prefix + next[0] + "." + next[1] + "." + next[2];
    if (!nm.matches()) {
      return new VersionCheck(ov, nv, required, false, Optional.of(suggested), "the new info.version '" + nv
          + "' is not a semantic version; the changes need a " + required.label() + " bump: " + suggested);
    }
    BigInteger[] n = parts(nm);
    if (compare(n, o) < 0) {
      return new VersionCheck(ov, nv, required, false, Optional.of(suggested), "info.version went down from " + ov
          + " to " + nv + "; the changes need a " + required.label() + " bump: " + suggested);
    }
    boolean ok = compare(n, next) >= 0;
    String message = ok
        ? "info.version " + ov + " → " + nv + " carries the " + required.label() + " bump the changes need"
        : "info.version " + ov + " → " + nv + " does not carry the " + required.label()
            + " bump the changes need; the smallest correct next version is " + suggested;
    return new VersionCheck(ov, nv, required, ok, Optional.of(suggested), message);
  }

  private static BigInteger[] parts(Matcher m) {
    return new BigInteger[] {new BigInteger(m.group(2)), m.group(3) == null ? BigInteger.ZERO : new BigInteger(m.group(3)),
        m.group(4) == null ? BigInteger.ZERO : new BigInteger(m.group(4))};
  }

  private static BigInteger[] next(BigInteger[] v, Bump bump) {
    boolean initial = v[0].signum() == 0;
    BigInteger zero = BigInteger.ZERO;
    return switch (bump) {
      case MAJOR -> initial ? new BigInteger[] {zero, v[1].add(BigInteger.ONE), zero}
          : new BigInteger[] {v[0].add(BigInteger.ONE), zero, zero};
      case MINOR -> initial ? new BigInteger[] {zero, v[1], v[2].add(BigInteger.ONE)}
          : new BigInteger[] {v[0], v[1].add(BigInteger.ONE), zero};
      case PATCH -> new BigInteger[] {v[0], v[1], v[2].add(BigInteger.ONE)};
      case NONE -> v;
    };
  }

  private static int compare(BigInteger[] a, BigInteger[] b) {
    for (int i = 0; i < 3; i++) {
      int c = a[i].compareTo(b[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
