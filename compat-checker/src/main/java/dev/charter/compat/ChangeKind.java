package dev.charter.compat;

/**
 * One kind of change charter reports: its stable id, the bump it needs by default (backward mode,
 * the usual case), how that bump is decided when it depends on where the change is, and what it
 * means. The catalogue ({@link Catalogue}) lists them all; {@code charter diff --list-checks} and
 * {@code docs/diff/checks.md} are printed from it.
 *
 * @param id kebab-case, past tense, never renamed
 * @param bump the default bump in backward mode in the usual case
 * @param bumpRule when the bump depends on context, how; else the bump's label
 * @param summary one sentence: what happened
 * @param check the simple name of the check class that reports it
 */
public record ChangeKind(String id, Bump bump, String bumpRule, String summary, String check) {

  public static ChangeKind of(String id, Bump bump, String summary, Class<?> check) {
    return new ChangeKind(id, bump, bump.label(), summary, check.getSimpleName());
  }

  public static ChangeKind of(String id, Bump bump, String bumpRule, String summary, Class<?> check) {
    return new ChangeKind(id, bump, bumpRule, summary, check.getSimpleName());
  }
}
