package dev.charter.codegen.contract;

import dev.charter.codegen.contract.runtime.CheckFailure;
import dev.charter.codegen.contract.runtime.Checks;
import dev.charter.codegen.contract.runtime.ContractClient;
import dev.charter.codegen.contract.runtime.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends cases to a server, a few at a time, and checks each response: what {@code charter verify}
 * does. A case whose credentials are not configured is skipped, as its generated test is.
 */
public final class ContractRunner {
  private final ContractClient client;
  private final int concurrency;

  /**
   * The verdict on one case.
   *
   * @param exchange what was sent and received; empty when the case was skipped
   * @param skipped why the case was not run, when it was not
   */
  public record Outcome(ContractCase contractCase, Optional<Exchange> exchange, List<CheckFailure> failures,
      Optional<String> skipped) {
    public Outcome {
      failures = List.copyOf(failures);
    }

    public boolean passed() {
      return skipped.isEmpty() && failures.isEmpty();
    }

    public boolean failed() {
      return !failures.isEmpty();
    }
  }

  public ContractRunner(ContractClient client, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    this.client = client;
    this.concurrency = concurrency;
  }

  /** Runs every case and gives the outcomes in the order of the cases. */
  public List<Outcome> run(List<ContractCase> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, cases.size()), r -> {
      Thread t = new Thread(r, "charter-verify");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (ContractCase c : cases) {
        futures.add(pool.submit(() -> run(c)));
      }
      List<Outcome> out = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("a case failed to run: " + e.getCause(), e.getCause());
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs one case. */
  public Outcome run(ContractCase c) {
    if (!client.canAuthenticate(c.request())) {
      return new Outcome(c, Optional.empty(), List.of(), Optional.of(client.missingCredentials(c.request())));
    }
    Exchange exchange = client.send(c.request());
    Checks checks = CaseChecks.run(client.spec(), c, exchange);
    return new Outcome(c, Optional.of(exchange), checks.failures(), Optional.empty());
  }
}
