package dev.charter.compat;

import java.util.List;

/** A check: the kinds of change it reports. How it is called depends on what it compares. */
public interface Check {
  List<ChangeKind> kinds();
}
