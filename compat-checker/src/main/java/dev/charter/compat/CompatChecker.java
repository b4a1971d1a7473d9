package dev.charter.compat;

import dev.charter.compat.async.AsyncComparison;
import dev.charter.compat.http.HttpComparison;
import dev.charter.core.model.ApiModel;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.model.Parameter;
import dev.charter.core.spec.SpecDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * charter's comparison of two versions of a spec: every change with its semver bump and positions
 * in both documents, the overall bump, whether the policy fails, and whether {@code info.version}
 * carries the bump. The one entry point the command line and build plugins call.
 */
public final class CompatChecker {

  public CompatResult check(CompatRequest request) throws CompatException {
    SpecDocument oldSpec = request.oldSpec();
    SpecDocument newSpec = request.newSpec();
    if (oldSpec.version().family() != newSpec.version().family()) {
      throw new CompatException("spec-family-mismatch", "cannot compare " + oldSpec.version().label() + " ("
          + oldSpec.root().name() + ") with " + newSpec.version().label() + " (" + newSpec.root().name()
          + "): both sides must be OpenAPI, or both AsyncAPI");
    }
    DiffPolicy policy = request.policy();
    ChangeSink sink = new ChangeSink(policy);
    Comparison comparison = new Comparison(sink, new PlannedRemovals(policy.deprecation(), policy.today()));
    ApiModel oldModel = ApiModel.of(oldSpec);
    ApiModel newModel = ApiModel.of(newSpec);
    if (oldModel instanceof OpenApiModel o && newModel instanceof OpenApiModel n) {
      History history = new History(request.history());
      new HttpComparison(o, n, comparison, history::deprecatedSince).run();
    } else {
      new AsyncComparison((AsyncApiModel) oldModel, (AsyncApiModel) newModel, comparison).run();
    }
    List<Change> changes = sink.changes();
    Bump bump = Bump.NONE;
    for (Change c : changes) {
      bump = Bump.max(bump, c.bump());
    }
    Optional<VersionCheck> version = Optional.empty();
    if (policy.checkVersion()) {
      version = Optional.of(VersionCheck.of(apiVersion(oldModel), apiVersion(newModel), bump));
    }
    boolean failed = policy.failOn().map(f -> changes.stream().anyMatch(c -> !c.planned() && c.bump().atLeast(f)))
        .orElse(false) || version.map(v -> !v.satisfied()).orElse(false);
    return new CompatResult(oldSpec.root().name(), newSpec.root().name(), policy, changes, bump, failed, version);
  }

  private static Optional<String> apiVersion(ApiModel model) {
    return model instanceof OpenApiModel o ? o.apiVersion() : ((AsyncApiModel) model).apiVersion();
  }

  /** Since when the dated history shows an operation or parameter deprecated. */
  private static final class History {
    private final List<DatedSpec> revisions;
    private final Map<Integer, Optional<OpenApiModel>> models = new HashMap<>();

    History(List<DatedSpec> revisions) {
      this.revisions = new ArrayList<>(revisions);
    }

    Optional<Instant> deprecatedSince(String operationKey, String parameterKey) {
      Optional<Instant> since = Optional.empty();
      for (int i = revisions.size() - 1; i >= 0; i--) {
        Optional<OpenApiModel> model = model(i);
        if (model.isEmpty() || !deprecated(model.get(), operationKey, parameterKey)) {
          break;
        }
        since = Optional.of(revisions.get(i).date());
      }
      return since;
    }

    private Optional<OpenApiModel> model(int i) {
      return models.computeIfAbsent(i, k -> {
        SpecDocument d = revisions.get(k).document();
        return d.version().isOpenApi() ? Optional.of(OpenApiModel.of(d)) : Optional.empty();
      });
    }

    private static boolean deprecated(OpenApiModel model, String operationKey, String parameterKey) {
      String base = HttpComparison.basePath(model);
      for (HttpOperation op : model.operations()) {
        if (!HttpComparison.key(op, base).equals(operationKey)) {
          continue;
        }
        if (parameterKey == null) {
          return op.deprecated();
        }
        return op.parameters().stream().filter(p -> p.matchKey().equals(parameterKey)).anyMatch(Parameter::deprecated);
      }
      return false;
    }
  }
}
