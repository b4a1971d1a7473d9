package dev.charter.compat;

/**
 * What a change does to the two kinds of client, before a {@link Mode} picks which matter:
 * whether clients of the old contract may break against the new API, whether clients of the new
 * contract may break against the old API, and the bump the change needs when it breaks neither.
 */
public record Judgement(boolean breaksOldClients, boolean breaksNewClients, Bump otherwise) {

  /** Breaks clients of the old contract only (the usual breaking change). */
  public static Judgement breaking() {
    return new Judgement(true, false, Bump.MINOR);
  }

  /** Breaks clients of the new contract running against the old API only (an addition). */
  public static Judgement addition() {
    return new Judgement(false, true, Bump.MINOR);
  }

  /** Breaks both kinds of client. */
  public static Judgement incompatible() {
    return new Judgement(true, true, Bump.MINOR);
  }

  /** Breaks nobody; needs {@code bump}. */
  public static Judgement harmless(Bump bump) {
    return new Judgement(false, false, bump);
  }

  /**
   * A change to the set of values that may travel in {@code direction}: a request (or received
   * message) that accepts fewer values breaks old clients, one that accepts more breaks new
   * clients talking to the old API; for a response (or sent message) it is the other way round.
   */
  public static Judgement of(Effect effect, Direction direction) {
    return switch (effect) {
      case NARROWED -> direction == Direction.INPUT ? breaking() : addition();
      case WIDENED -> direction == Direction.INPUT ? addition() : breaking();
      case CHANGED -> incompatible();
      case NEUTRAL -> harmless(Bump.NONE);
    };
  }

  /** The bump under {@code mode}. */
  public Bump bump(Mode mode) {
    boolean breaks = switch (mode) {
      case BACKWARD -> breaksOldClients;
      case FORWARD -> breaksNewClients;
      case FULL -> breaksOldClients || breaksNewClients;
    };
    return breaks ? Bump.MAJOR : otherwise;
  }

  public Judgement otherwise(Bump bump) {
    return new Judgement(breaksOldClients, breaksNewClients, bump);
  }
}
