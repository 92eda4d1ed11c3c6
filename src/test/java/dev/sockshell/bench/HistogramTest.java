package dev.sockshell.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTest {
  @Test
  void smallBucketsBesideAHugeOneStillDifferAndTheScaleIsSaid() {
    List<Long> ns = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      ns.add(20_000L); // 20 µs
    }
    for (int i = 0; i < 116; i++) {
      ns.add(300_000L); // 300 µs
    }
    ns.add(5_000_000L); // 5 ms
    String h = RoundTrips.histogram(ns.stream().mapToLong(Long::longValue).sorted().toArray());
    assertThat(h).contains("log scale: full = 50000 rounds");
    int of116 = bar(h, " 116");
    int of1 = bar(h, " 1");
    assertThat(of116).isGreaterThan(of1).isLessThan(40);
    assertThat(of1).isPositive();
    assertThat(h).contains("< 8.2 ms").doesNotContain("8192 µs");
  }

  private static int bar(String h, String count) {
    for (String line : h.split("\n")) {
      if (line.endsWith(count)) {
        return (int) line.chars().filter(c -> c == '█').count();
      }
    }
    throw new AssertionError("no bucket of" + count + " in\n" + h);
  }
}
