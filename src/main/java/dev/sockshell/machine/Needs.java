package dev.sockshell.machine;

import dev.sockshell.error.UsageError;
import dev.sockshell.text.Text;
import dev.sockshell.text.Words;
import java.util.Collection;
import java.util.stream.Collectors;

/** What a missing feature means, in words: for lessons, the lab, check and doctor alike. */
public final class Needs {
  private Needs() {}

  /** Why it is missing: "this kernel has no multicast routing (CONFIG_IP_MROUTE)". */
  public static String why(Feature f) {
    return Text.get("machine.lacks." + f.word());
  }

  /** What it lacks, joined, in the order of {@link Feature}. */
  public static String why(Collection<Feature> lacks) {
    return lacks.stream().sorted().map(Needs::why).collect(Collectors.joining("; "));
  }

  /** What the feature lets sockshell do. */
  public static String gives(Feature f) {
    return Text.get("machine.gives." + f.word());
  }

  /**
   * Refuses, before anything is done, what needs a feature the machine lacks: the reason, what
   * needs it, and what it would have shown. A precondition: check counts the script as skipped.
   */
  public static void require(Feature f, Words what, Words wouldShow) {
    if (!Machine.has(f)) {
      throw new UsageError(
          Words.of("machine.needs", Words.of("machine.lacks." + f.word()), what),
          0,
          wouldShow,
          true);
    }
  }
}
