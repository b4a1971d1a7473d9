package dev.charter.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Stops the mocks that {@code mock-start} started in this project, after its integration tests. */
@Mojo(name = "mock-stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public final class MockStopMojo extends AbstractMojo {

  /**
   * Skip this goal: a mock that mock-start started then runs until Maven exits. {@code -Dcharter.skip}
   * skips every charter goal, {@code -Dcharter.mock.skip} both mock goals.
   */
  @Parameter(property = "charter.mock.skip", defaultValue = "${charter.skip}")
  boolean skip;

  @Override
  public void execute() {
    if (skip) {
      getLog().info("charter:mock-stop skipped");
      return;
    }
    RunningMocks mocks = RunningMocks.in(getPluginContext());
    if (mocks.isEmpty()) {
      getLog().info("charter:mock-stop: no mock of charter:mock-start is running in this project");
      return;
    }
    mocks.stopAll(getLog(), "mock-stop");
  }
}
