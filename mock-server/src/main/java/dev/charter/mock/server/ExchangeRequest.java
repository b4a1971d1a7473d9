package dev.charter.mock.server;

import dev.charter.mock.validate.RequestView;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** An Undertow exchange as validation sees it; nothing is copied until asked for. */
final class ExchangeRequest implements RequestView {
  private final HttpServerExchange exchange;
  private final Map<String, String> path;

  ExchangeRequest(HttpServerExchange exchange, Map<String, String> path) {
    this.exchange = exchange;
    this.path = path;
  }

  @Override
  public Map<String, String> pathParameters() {
    return path;
  }

  @Override
  public List<String> query(String name) {
    Deque<String> values = exchange.getQueryParameters().get(name);
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    return values.size() == 1 ? List.of(values.getFirst()) : new ArrayList<>(values);
  }

  @Override
  public Collection<String> queryNames() {
    return exchange.getQueryParameters().keySet();
  }

  @Override
  public List<String> headers(String name) {
    HeaderValues values = exchange.getRequestHeaders().get(name);
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    return values.size() == 1 ? List.of(values.getFirst()) : new ArrayList<>(values);
  }

  @Override
  public String cookie(String name) {
    Cookie c = exchange.getRequestCookie(name);
    return c == null ? null : c.getValue();
  }
}
