package dev.charter.mock.server;

import dev.charter.core.source.DocumentId;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reloads the spec when any of its files changes: the root file and every file its references
 * reach (the set is taken again after each reload, so a newly referenced file is watched too).
 * Changes are collected for a short quiet period first, so that an editor's save (often several
 * writes) causes one reload.
 */
final class SpecWatcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 150;

  private final WatchService service;
  private final Runnable reload;
  private final Supplier<SpecDocument> current;
  private final Thread thread;
  private volatile Set<Path> files = Set.of();

  SpecWatcher(Supplier<SpecDocument> current, Runnable reload) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.reload = reload;
    this.current = current;
    register();
    this.thread = new Thread(this::run, "charter-mock-watch");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Watches the folders of the current spec's files (a WatchService watches folders, not files). */
  private void register() throws IOException {
    Set<Path> next = new HashSet<>();
    for (SpecFile f : current.get().files()) {
      if (f.id().kind() == DocumentId.Kind.FILE) {
        Path p = Path.of(f.id().key());
        next.add(p);
        Path dir = p.getParent();
        if (dir != null) {
          dir.register(service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_DELETE);
        }
      }
    }
    files = Set.copyOf(next);
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean relevant = relevant(key);
        // let a burst of writes settle, then take all of it
        WatchKey more;
        while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          relevant |= relevant(more);
        }
        if (relevant) {
          reload.run();
          register();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed
    } catch (IOException e) {
      // a folder went away: stop watching rather than spin
    }
  }

  private boolean relevant(WatchKey key) {
    boolean hit = false;
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      Object ctx = event.context();
      if (event.kind() == StandardWatchEventKinds.OVERFLOW || ctx instanceof Path p && files.contains(dir.resolve(p))) {
        hit = true;
      }
    }
    key.reset();
    return hit;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // already closed
    }
    thread.interrupt();
  }
}
