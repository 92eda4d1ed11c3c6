package dev.sockshell.render;

import java.util.Arrays;
import java.util.Locale;

/** How long the rounds of a {@code time} block took, in the unit that reads best. */
final class Timing {
  private Timing() {}

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
        human(sorted[sorted.length / 2]),
        human(sorted[0]),
        human(sorted[sorted.length - 1]));
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
