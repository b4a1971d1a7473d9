import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * Runs openapi-diff's engine (OpenApiCompare, what its CLI calls) on two specs and prints its
 * verdict, for bench/diff.sh: the CLI artifact is not on Maven Central, the core library is.
 */
public final class OpenApiDiffRun {
  public static void main(String[] args) {
    ChangedOpenApi diff = OpenApiCompare.fromLocations(args[0], args[1]);
    System.out.println(diff.isUnchanged() ? "no_changes" : diff.isCompatible() ? "compatible" : "incompatible");
    System.out.println("new endpoints: " + diff.getNewEndpoints().size() + ", missing: " + diff.getMissingEndpoints().size()
        + ", changed: " + diff.getChangedOperations().size());
  }
}
