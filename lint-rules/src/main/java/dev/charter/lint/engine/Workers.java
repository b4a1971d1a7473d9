package dev.charter.lint.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads one lint run works on: one per core, with deep stacks because specs nest deeply and
 * rules recurse through schemas. Daemon threads, so a run that is abandoned never keeps the JVM up.
 */
public final class Workers implements AutoCloseable {
  private static final long STACK_BYTES = 64L * 1024 * 1024;

  private final ExecutorService documents;
  private final ExecutorService tasks;

  public Workers(int threads) {
    int n = Math.max(1, threads);
    this.documents = Executors.newFixedThreadPool(n, factory("charter-lint-doc"));
    // Separate from the document threads, which wait on these: a shared pool could deadlock.
    this.tasks = Executors.newFixedThreadPool(n, factory("charter-lint-task"));
  }

  public static Workers forMachine() {
    return new Workers(Runtime.getRuntime().availableProcessors());
  }

  private static ThreadFactory factory(String name) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(null, r, name + "-" + count.incrementAndGet(), STACK_BYTES);
      t.setDaemon(true);
      return t;
    };
  }

  public ExecutorService documents() {
    return documents;
  }

  public ExecutorService tasks() {
    return tasks;
  }

  @Override
  public void close() {
    documents.shutdownNow();
    tasks.shutdownNow();
    try {
      documents.awaitTermination(5, TimeUnit.SECONDS);
      tasks.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
