package dev.charter.mock.server;

import dev.charter.mock.MockOptions;

/**
 * The one mutable thing of a running mock: which model is being served. A reload builds a new
 * model beside the old one and swaps the reference; requests in flight finish with the model they
 * started with.
 */
final class MockState {
  private final MockOptions options;
  private volatile MockModel model;

  MockState(MockOptions options, MockModel model) {
    this.options = options;
    this.model = model;
  }

  MockOptions options() {
    return options;
  }

  MockModel model() {
    return model;
  }

  void swap(MockModel next) {
    this.model = next;
  }
}
