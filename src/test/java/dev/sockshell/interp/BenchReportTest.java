package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.render.Renderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * bench reads the way iperf3 and sockperf users read their tools: real intervals in iperf3's
 * columns, a sender and a receiver line, iperf3 -J's shape, rr's progress each second and how it
 * waits, what is known of a UDP receiver, and a sweep that puts back the value it found.
 */
class BenchReportTest {
  private static final Renderer WORDS = new Renderer(false);

  private static Shell connectedPair() {
    Shell sh = new Shell();
    sh.ok("open tcp as srv; bind 127.0.0.1 0; listen");
    sh.ok("open tcp as cli; connect 127.0.0.1 " + sh.port("srv") + "; accept srv");
    return sh;
  }

  @Test
  void aStreamShowsRealIntervalsAndTheSenderAndReceiverTotals() {
    try (Shell sh = connectedPair()) {
      List<Event> got = sh.ok("bench cli for 2300ms size 64k");
      List<Event.Interval> intervals =
          got.stream()
              .filter(e -> e instanceof Event.BenchInterval)
              .map(e -> ((Event.BenchInterval) e).interval())
              .toList();
      Event.BenchRun run = Shell.first(got, Event.BenchRun.class);
      // intervals, not running averages: they follow each other and add up to the total
      assertThat(intervals).hasSizeBetween(3, 4);
      for (int i = 1; i < intervals.size(); i++) {
        assertThat(intervals.get(i).start()).isEqualTo(intervals.get(i - 1).end());
      }
      assertThat(intervals.stream().mapToLong(Event.Interval::bytes).sum())
          .isEqualTo(run.sent().bytes());
      assertThat(intervals.getLast().end()).isLessThanOrEqualTo(run.sent().end());
      assertThat(run.received()).as("the session holds the receiver").isNotNull();
      assertThat(run.received().bytes()).isEqualTo(run.sent().bytes());
      String shown =
          WORDS.render(
              got.stream().filter(e -> e instanceof Event.BenchInterval).findFirst().get());
      assertThat(shown)
          .startsWith("[ ID] Interval           Transfer     Bitrate         Retr  Cwnd")
          .containsPattern(
              "\\[cli\\]   0\\.00-1\\.00   sec +[0-9.]+ [KMG]Bytes +[0-9.]+ [KMG]bits/sec");
      assertThat(WORDS.render(run)).contains("sender").contains("receiver (s");
    }
  }

  @Test
  void jsonHasIperf3sShapeAndNothingElse() throws Exception {
    try (Shell sh = connectedPair()) {
      List<Event> got = sh.ok("bench cli for 1200ms json");
      assertThat(got).noneMatch(e -> e instanceof Event.BenchInterval || e instanceof Event.Info);
      String text =
          String.join(
              "\n",
              got.stream().filter(e -> e instanceof Event.BenchRun).map(WORDS::render).toList());
      JsonNode j = new ObjectMapper().readTree(text);
      assertThat(j.at("/start/test_start/protocol").asText()).isEqualTo("TCP");
      assertThat(j.at("/intervals").size()).isBetween(1, 2);
      long sum = 0;
      for (JsonNode i : j.at("/intervals")) {
        sum += i.at("/sum/bytes").asLong();
        assertThat(i.at("/streams/0/snd_cwnd").asLong()).isPositive();
      }
      assertThat(j.at("/end/sum_sent/bytes").asLong()).isEqualTo(sum).isPositive();
      assertThat(j.at("/end/sum_received/bytes").asLong()).isEqualTo(sum);
      assertThat(j.at("/end/sum_sent/bits_per_second").asDouble()).isPositive();
    }
  }

  @Test
  void udpToAPortWhereNothingListensSaysNoOneReceived() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as probe; bind 127.0.0.1 0");
      int closed = sh.port("probe");
      sh.ok("close probe");
      sh.ok("open udp as u; connect 127.0.0.1 " + closed);
      List<Event> got = sh.ok("bench u for 300ms");
      assertThat(got).anyMatch(e -> Shell.noted(e, "bench.udpRefused"));
      Event.BenchRun run = Shell.first(got, Event.BenchRun.class);
      assertThat(run.received()).isNull();
      assertThat(run.refused()).isPositive();
    }
  }

  @Test
  void rrShowsItsProgressEachSecondAndHowItWaits() {
    try (Shell sh = connectedPair()) {
      List<Event> spin = sh.ok("bench rr cli for 2200ms");
      assertThat(spin.stream().filter(e -> Shell.noted(e, "bench.rrProgress")))
          .hasSizeBetween(1, 2);
      assertThat(spin).anyMatch(e -> Shell.noted(e, "bench.rrSpin"));
      List<Event> block = sh.ok("bench rr cli for 300ms block");
      assertThat(block).anyMatch(e -> Shell.noted(e, "bench.rrBlock"));
      assertThat(block).anyMatch(e -> e instanceof Event.Info i && i.text().contains("rounds"));
    }
  }

  @Test
  void ctrlCEndsABlockingRrAndItsFiguresAreStillShown() {
    var timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    try (Shell sh = connectedPair()) {
      timer.schedule(
          () -> sh.interpreter().cancel(), 400, java.util.concurrent.TimeUnit.MILLISECONDS);
      long t0 = System.nanoTime();
      List<Event> got = sh.ok("bench rr cli for 30s block");
      assertThat(System.nanoTime() - t0).as("Ctrl-C ended it").isLessThan(20_000_000_000L);
      assertThat(got).anyMatch(e -> e instanceof Event.Info i && i.text().contains("rounds"));
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void aSweepPutsBackTheValueItFound() {
    try (Shell sh = connectedPair()) {
      String before = sh.value("getopt cli SO_SNDBUF");
      String lockBefore = sh.value("getopt cli SO_BUF_LOCK");
      List<Event> got = sh.ok("bench sweep cli SO_SNDBUF 4k 64k for 200ms");
      assertThat(got).anyMatch(e -> Shell.noted(e, "bench.restored"));
      assertThat(sh.value("getopt cli SO_SNDBUF")).isEqualTo(before);
      assertThat(sh.value("getopt cli SO_BUF_LOCK")).isEqualTo(lockBefore);
      // and no note of a size the user never asked for
      assertThat(sh.optionValue("getopt cli SO_SNDBUF").because()).isNull();
    }
  }
}
