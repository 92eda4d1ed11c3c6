package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.interp.EchoBound.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An echo answering another program's echo would spin for ever: it sends a bounded number a second.
 */
class EchoBoundTest {
  @Test
  void pastTheBoundASecondNothingIsEchoedAndThatIsSaidOnce() {
    long t0 = 5_000_000_000L;
    EchoBound b = new EchoBound(t0);
    List<Verdict> second = new ArrayList<>();
    for (int i = 0; i < EchoBound.PER_SECOND * 3; i++) {
      second.add(b.take(t0 + i * 100_000L)); // 3000 in 0.3 s
    }
    assertThat(second.stream().filter(v -> v == Verdict.ECHO).count())
        .isEqualTo(EchoBound.PER_SECOND);
    assertThat(second.stream().filter(v -> v == Verdict.HOLD_AND_SAY).count()).isEqualTo(1);
    assertThat(second.get(EchoBound.PER_SECOND)).isEqualTo(Verdict.HOLD_AND_SAY);
    assertThat(b.take(t0 + 1_000_000_000L))
        .as("the next second echoes again")
        .isEqualTo(Verdict.ECHO);
  }

  @Test
  void aSteadyStreamUnderTheBoundIsAlwaysEchoed() {
    EchoBound b = new EchoBound(0);
    for (int i = 0; i < 10_000; i++) {
      assertThat(b.take(i * 2_000_000L)).isEqualTo(Verdict.ECHO); // 500 a second for 20 s
    }
  }
}
