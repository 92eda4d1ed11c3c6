package dev.sockshell.interp;

/**
 * What an echo sends back in a second at most: past it, what arrives is shown but not echoed until
 * the next second. An echo answering an echo of another program (which the session cannot see)
 * would otherwise spin for ever. One per watcher, used by its thread alone.
 */
final class EchoBound {
  static final int PER_SECOND = 1000;

  enum Verdict {
    ECHO,
    /** The first datagram held back in this second: say so once. */
    HOLD_AND_SAY,
    HOLD
  }

  private long windowStart;
  private int taken;

  EchoBound(long nowNanos) {
    windowStart = nowNanos;
  }

  Verdict take(long nowNanos) {
    if (nowNanos - windowStart >= 1_000_000_000L) {
      windowStart = nowNanos;
      taken = 0;
    }
    taken++;
    if (taken <= PER_SECOND) {
      return Verdict.ECHO;
    }
    return taken == PER_SECOND + 1 ? Verdict.HOLD_AND_SAY : Verdict.HOLD;
  }
}
