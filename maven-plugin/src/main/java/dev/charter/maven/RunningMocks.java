package dev.charter.maven;

import dev.charter.mock.RunningMock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;

/**
 * The mocks mock-start started for one project of the build, kept in the plugin's context (which
 * Maven keeps per plugin and project for the whole build) so that mock-stop, a later goal of the
 * same project, finds them. {@link StopMocksWhenBuildEnds} stops them when the project's build ends
 * without mock-stop, and a JVM shutdown hook when Maven is stopped midway (Ctrl-C).
 */
final class RunningMocks {
  private static final String KEY = RunningMocks.class.getName();

  /** A started mock and the hook that stops it when Maven exits. */
  private record Started(String execution, RunningMock mock, Thread hook) {}

  private final List<Started> started = new ArrayList<>();

  /** The project's mocks, from the plugin context Maven keeps for it. */
  @SuppressWarnings("unchecked")
  static RunningMocks in(Map<?, ?> pluginContext) {
    synchronized (pluginContext) {
      return (RunningMocks) ((Map<Object, Object>) pluginContext).computeIfAbsent(KEY, k -> new RunningMocks());
    }
  }

  synchronized void add(String execution, RunningMock mock) {
    Thread hook = new Thread(() -> {
      try {
        mock.close();
      } catch (Throwable e) {
        // The JVM is exiting and will release the port; Maven may already have closed the
        // plugin's class loader, so the server cannot load what it needs to stop politely.
      }
    }, "charter-mock-stop-" + mock.port());
    Runtime.getRuntime().addShutdownHook(hook);
    started.add(new Started(execution, mock, hook));
  }

  synchronized boolean isEmpty() {
    return started.isEmpty();
  }

  /** Stops every mock, last started first, and says so in the log. */
  synchronized void stopAll(Log log, String goal) {
    stopAll(log, goal, null);
  }

  /** Stops every mock, last started first, and says in the log why when it is not mock-stop. */
  synchronized void stopAll(Log log, String goal, String why) {
    for (int i = started.size() - 1; i >= 0; i--) {
      Started s = started.get(i);
      long requests = s.mock().requests();
      s.mock().close();
      try {
        Runtime.getRuntime().removeShutdownHook(s.hook());
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook has run or is about to, and does nothing more
      }
      log.info("charter:" + goal + ": stopped the mock at " + s.mock().baseUri() + " (" + s.execution() + ", "
          + requests + (requests == 1 ? " request" : " requests") + " answered)" + (why == null ? "" : ": " + why));
    }
    started.clear();
  }
}
