package dev.charter.mock.validate;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The parts of an HTTP request that validation reads, already percent-decoded; the server adapts
 * its exchange to this, tests can supply their own.
 */
public interface RequestView {
  /** The path parameters the route matched, by name. */
  Map<String, String> pathParameters();

  /** Every value of query parameter {@code name}, in order; empty when absent. */
  List<String> query(String name);

  /** The names of all query parameters. */
  Collection<String> queryNames();

  /** Every value of header {@code name} (case-insensitive); empty when absent. */
  List<String> headers(String name);

  /** The value of cookie {@code name}, or null. */
  String cookie(String name);

  default String header(String name) {
    List<String> all = headers(name);
    return all.isEmpty() ? null : all.get(0);
  }
}
