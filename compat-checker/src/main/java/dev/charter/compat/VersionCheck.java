package dev.charter.compat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the new {@code info.version} carries the bump the changes need, and the smallest version
 * that would. Versions are read as semver ({@code 1.4.2}, a leading {@code v}, a missing minor or
 * patch read as 0, pre-release and build ignored for the check). Below 1.0.0, as Cargo and npm
 * read semver, the minor number is the breaking one: a major change needs 0.(y+1).0, anything
 * else 0.y.(z+1).
 *
 * @param satisfied whether the new version carries the bump
 * @param suggested the smallest version that would
 */
public record VersionCheck(String oldVersion, String newVersion, Bump required, boolean satisfied,
    Optional<String> suggested, String message) {

  private static final Pattern SEMVER = Pattern.compile("^(v|V)?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?([-+].*)?$");

  public static VersionCheck of(Optional<String> oldText, Optional<String> newText, Bump required) {
    String ov = oldText.orElse("");
    String nv = newText.orElse("");
    Matcher om = SEMVER.matcher(ov.trim());
    Matcher nm = SEMVER.matcher(nv.trim());
    if (!om.matches()) {
      return new VersionCheck(ov, nv, required, false, Optional.empty(), "the old info.version '" + ov
          + "' is not a semantic version, so the bump cannot be checked");
    }
    int[] o = parts(om);
    String prefix = om.group(1) == null ? "" : om.group(1);
    int[] next = next(o, required);
    String suggested = prefix + next[0] + "." + next[1] + "." + next[2];
    if (!nm.matches()) {
      return new VersionCheck(ov, nv, required, false, Optional.of(suggested), "the new info.version '" + nv
          + "' is not a semantic version; the changes need a " + required.label() + " bump: " + suggested);
    }
    int[] n = parts(nm);
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

  private static int[] parts(Matcher m) {
    return new int[] {Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
        m.group(4) == null ? 0 : Integer.parseInt(m.group(4))};
  }

  private static int[] next(int[] v, Bump bump) {
    boolean initial = v[0] == 0;
    return switch (bump) {
      case MAJOR -> initial ? new int[] {0, v[1] + 1, 0} : new int[] {v[0] + 1, 0, 0};
      case MINOR -> initial ? new int[] {0, v[1], v[2] + 1} : new int[] {v[0], v[1] + 1, 0};
      case PATCH -> new int[] {v[0], v[1], v[2] + 1};
      case NONE -> v;
    };
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
