package dev.charter.compat.async;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Comparison;
import dev.charter.compat.Judgement;
import dev.charter.core.model.AsyncOperation;
import java.util.List;

/** An operation that kept its id but moved to another channel address: nobody finds it where it was. */
final class ChannelAddressCheck implements Check {
  static final ChangeKind CHANGED = ChangeKind.of("channel-address-changed", Bump.MAJOR,
      "an operation's channel address changed", ChannelAddressCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(CHANGED);
  }

  void check(Comparison c, String subject, AsyncOperation o, AsyncOperation n) {
    c.sink().add(CHANGED.id(), Judgement.incompatible(), subject, "channel address changed from '"
        + AsyncComparison.address(o) + "' to '" + AsyncComparison.address(n) + "'", o.channel().node(), n.channel().node());
  }
}
