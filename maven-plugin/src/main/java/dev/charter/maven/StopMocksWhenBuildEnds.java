package dev.charter.maven;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Stops a project's mocks when its build ends without charter:mock-stop: a goal between the two
 * failed (a failing charter:verify, say), so post-integration-test never came, or the POM has no
 * mock-stop. Without it the port would stay open until the JVM exits, which under the Maven daemon
 * is never, and at the JVM's exit Maven has already closed the plugin's class loader.
 *
 * <p>A plugin without {@code <extensions>} has no other way to hear that a build ended than the
 * session's execution listener, so mock-start puts this one in front of it, once per build; every
 * event is passed on to the listener that was there (the one that prints the build summary).
 */
final class StopMocksWhenBuildEnds implements ExecutionListener {
  private final ExecutionListener next;
  private final Log log;
  private final Map<String, RunningMocks> byProject = new ConcurrentHashMap<>();

  private StopMocksWhenBuildEnds(ExecutionListener next, Log log) {
    this.next = next;
    this.log = log;
  }

  /** The listener of this build, put in place on first use. */
  static StopMocksWhenBuildEnds of(MavenSession session, Log log) {
    MavenExecutionRequest request = session.getRequest();
    synchronized (request) {
      if (request.getExecutionListener() instanceof StopMocksWhenBuildEnds installed) {
        return installed;
      }
      StopMocksWhenBuildEnds listener = new StopMocksWhenBuildEnds(request.getExecutionListener(), log);
      request.setExecutionListener(listener);
      return listener;
    }
  }

  void watch(MavenProject project, RunningMocks mocks) {
    byProject.put(project.getId(), mocks);
  }

  private void stop(MavenProject project, String why) {
    RunningMocks mocks = project == null ? null : byProject.remove(project.getId());
    if (mocks != null && !mocks.isEmpty()) {
      mocks.stopAll(log, "mock-start", why);
    }
  }

  @Override
  public void projectSucceeded(ExecutionEvent event) {
    stop(event.getProject(), "the build of " + event.getProject().getArtifactId() + " ended without charter:mock-stop");
    if (next != null) {
      next.projectSucceeded(event);
    }
  }

  @Override
  public void projectFailed(ExecutionEvent event) {
    stop(event.getProject(), "the build of " + event.getProject().getArtifactId() + " failed before charter:mock-stop");
    if (next != null) {
      next.projectFailed(event);
    }
  }

  @Override
  public void sessionEnded(ExecutionEvent event) {
    byProject.values().forEach(mocks -> mocks.stopAll(log, "mock-start", "the build ended before charter:mock-stop"));
    byProject.clear();
    if (next != null) {
      next.sessionEnded(event);
    }
  }

  @Override
  public void projectDiscoveryStarted(ExecutionEvent event) {
    if (next != null) {
      next.projectDiscoveryStarted(event);
    }
  }

  @Override
  public void sessionStarted(ExecutionEvent event) {
    if (next != null) {
      next.sessionStarted(event);
    }
  }

  @Override
  public void projectSkipped(ExecutionEvent event) {
    if (next != null) {
      next.projectSkipped(event);
    }
  }

  @Override
  public void projectStarted(ExecutionEvent event) {
    if (next != null) {
      next.projectStarted(event);
    }
  }

  @Override
  public void mojoSkipped(ExecutionEvent event) {
    if (next != null) {
      next.mojoSkipped(event);
    }
  }

  @Override
  public void mojoStarted(ExecutionEvent event) {
    if (next != null) {
      next.mojoStarted(event);
    }
  }

  @Override
  public void mojoSucceeded(ExecutionEvent event) {
    if (next != null) {
      next.mojoSucceeded(event);
    }
  }

  @Override
  public void mojoFailed(ExecutionEvent event) {
    if (next != null) {
      next.mojoFailed(event);
    }
  }

  @Override
  public void forkStarted(ExecutionEvent event) {
    if (next != null) {
      next.forkStarted(event);
    }
  }

  @Override
  public void forkSucceeded(ExecutionEvent event) {
    if (next != null) {
      next.forkSucceeded(event);
    }
  }

  @Override
  public void forkFailed(ExecutionEvent event) {
    if (next != null) {
      next.forkFailed(event);
    }
  }

  @Override
  public void forkedProjectStarted(ExecutionEvent event) {
    if (next != null) {
      next.forkedProjectStarted(event);
    }
  }

  @Override
  public void forkedProjectSucceeded(ExecutionEvent event) {
    if (next != null) {
      next.forkedProjectSucceeded(event);
    }
  }

  @Override
  public void forkedProjectFailed(ExecutionEvent event) {
    if (next != null) {
      next.forkedProjectFailed(event);
    }
  }
}
