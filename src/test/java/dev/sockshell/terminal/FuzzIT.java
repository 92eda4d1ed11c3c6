package dev.sockshell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.fuzz.Figures;
import dev.sockshell.fuzz.KeepGoingFuzz;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Short runs of the whole-program fuzz (scripts/fuzz makes the long ones): no trace, no crash, no
 * hang, descriptors and threads back to where they started, resident memory under 512 MB.
 */
class FuzzIT {
  private static final Path ROOT =
      Path.of(System.getProperty("sockshell.root", System.getProperty("user.dir")));

  private static void holds(Figures f) {
    System.out.println(f);
    assertThat(f.traces).as("traces: %s", f).isZero();
    assertThat(f.crashes).as("crashes: %s", f).isZero();
    assertThat(f.hangs).as("hangs: %s", f).isZero();
    assertThat(f.fdsEnd).as("descriptors: %s", f).isEqualTo(f.fdsStart);
    assertThat(f.threadsEnd).as("threads: %s", f).isEqualTo(f.threadsStart);
    assertThat(f.rssMaxKb).as("resident memory: %s", f).isLessThan(512 * 1024);
  }

  @Test
  void twoThousandLinesAtTheRealPrompt() throws Exception {
    dev.sockshell.Requires.feature(dev.sockshell.machine.Feature.TMUX);
    holds(PromptFuzz.run(ROOT, 2_000, 20261127L));
  }

  @Test
  void fiftyThousandLinesThroughAPipeWithKeepGoing() throws Exception {
    holds(KeepGoingFuzz.run(ROOT, 50_000, 7L));
  }
}
