package dev.sockshell.render;

import java.util.Arrays;
import java.util.Locale;

/** How long the rounds of a {@code time} block took, in the unit that reads best. */
final class Timing {
  private Timing() {}

  static String describe(long[] nanos, int failedRound) {
    if (failedRound == 0) {
      return describe(nanos);
    }
    String failed = human(nanos[nanos.length - 1]);
    if (nanos.length == 1) {
      return dev.sockshell.text.Text.get("time.failedOne", failed);
    }
    return describe(Arrays.copyOf(nanos, nanos.length - 1))
        + "; "
        + dev.sockshell.text.Text.get("time.failedRound", String.valueOf(failedRound), failed);
  }

  static String describe(long[] nanos) {
    if (nanos.length == 1) {
      return dev.sockshell.text.Text.get("time.one", human(nanos[0]));
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return dev.sockshell.text.Text.get(
        "time.rounds",
        String.valueOf(nanos.length),
        human(sum / nanos.length),
        human(median(sorted)),
        human(sorted[0]),
        human(sorted[sorted.length - 1]));
  }

  /** The middle round; with an even number of rounds, the mean of the two in the middle. */
  static long median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static String human(long nanos) {
    if (nanos < 10_000) {
      return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }
    if (nanos < 10_000_000) {
      return String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    }
    if (nanos < 10_000_000_000L) {
      return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }
}
