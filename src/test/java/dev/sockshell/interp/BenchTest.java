package dev.sockshell.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sockshell.Shell;
import dev.sockshell.event.Event;
import dev.sockshell.render.Renderer;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * bench, bench rr and bench sweep on loopback: the shape and the sanity of what they report (not
 * their speed, which scripts/bench measures), Ctrl-C ending a long one with its figures shown.
 */
class BenchTest {
  private static final Renderer WORDS = new Renderer(false);

  private static String all(List<Event> events) {
    return String.join("\n", events.stream().map(WORDS::render).toList());
  }

  private static Shell connectedPair() {
    Shell sh = new Shell();
    sh.ok("open tcp as srv; bind 127.0.0.1 0; listen");
    sh.ok("open tcp as cli; connect 127.0.0.1 " + sh.port("srv") + "; accept srv");
    return sh;
  }

  @Test
  void aStreamReportsThroughputBytesCallsAndTcpInfo() {
    try (Shell sh = connectedPair()) {
      String shown = all(sh.ok("bench cli for 500ms size 64k"));
      Matcher m =
          Pattern.compile(
                  "cli → s\\d+: ([0-9.]+) s, ([0-9.]+) (MB|GB) in (\\d+) send calls: ([0-9.]+) (Gbit|Mbit)/s")
              .matcher(shown);
      assertThat(m.find()).as(shown).isTrue();
      assertThat(Double.parseDouble(m.group(1))).isBetween(0.4, 3.0);
      assertThat(Double.parseDouble(m.group(2))).isPositive();
      assertThat(Long.parseLong(m.group(4))).isPositive();
      assertThat(shown).containsPattern("TCP_INFO: rtt \\d+ µs, \\d+ retransmits");
      assertThat(sh.socket("cli").bytesOut()).isPositive();
    }
  }

  @Test
  void aStreamCountsTheSegmentsNaglesAlgorithmSaves() {
    try (Shell sh = connectedPair()) {
      sh.ok("setopt cli TCP_NODELAY 0");
      String shown = all(sh.ok("bench cli for 300ms size 64"));
      Matcher m =
          Pattern.compile("(\\d+) data segments for (\\d+) send calls \\((\\d+) bytes a segment\\)")
              .matcher(shown);
      assertThat(m.find()).as(shown).isTrue();
      long segments = Long.parseLong(m.group(1));
      long calls = Long.parseLong(m.group(2));
      assertThat(segments).isPositive();
      // 64-byte writes with Nagle on: segments carry several writes (loopback's MSS is ~64 KB)
      assertThat(segments).as(shown).isLessThan(calls);
      assertThat(Long.parseLong(m.group(3))).isGreaterThanOrEqualTo(64);
    }
  }

  @Test
  void requestResponseReportsOrderedFiguresAndAHistogram() {
    try (Shell sh = connectedPair()) {
      String shown = all(sh.ok("bench rr cli for 300ms"));
      String t = "([0-9.]+ (?:µs|ms|s))";
      Matcher m =
          Pattern.compile(
                  "cli: (\\d+) rounds of 1 bytes: min "
                      + t
                      + ", median "
                      + t
                      + ", p99 "
                      + t
                      + ", max "
                      + t)
              .matcher(shown);
      assertThat(m.find()).as(shown).isTrue();
      assertThat(Long.parseLong(m.group(1))).isPositive();
      double min = micros(m.group(2));
      double median = micros(m.group(3));
      double p99 = micros(m.group(4));
      double max = micros(m.group(5));
      assertThat(min).isPositive().isLessThanOrEqualTo(median);
      assertThat(median).isLessThanOrEqualTo(p99);
      assertThat(p99).isLessThanOrEqualTo(max);
      assertThat(shown).containsPattern("< [0-9.]+ (µs|ms)  █+ +\\d+");
    }
  }

  /** A duration as bench shows it ("37.3 µs", "9.3 ms", "1.2 s"), in microseconds. */
  private static double micros(String shown) {
    String[] f = shown.split(" ");
    double v = Double.parseDouble(f[0]);
    return switch (f[1]) {
      case "ms" -> v * 1e3;
      case "s" -> v * 1e6;
      default -> v;
    };
  }

  @Test
  void aSweepDrawsOneBarPerValueAndPutsTheOptionBack() {
    try (Shell sh = connectedPair()) {
      String shown = all(sh.ok("bench sweep cli TCP_NODELAY 0 1 for 200ms size 1k"));
      assertThat(shown).containsPattern("(?m)^  TCP_NODELAY 0  █* *[0-9.]+ (G|M)bit/s$");
      assertThat(shown).containsPattern("(?m)^  TCP_NODELAY 1  █* *[0-9.]+ (G|M)bit/s$");
      // the sweep set 1 last, and put back the 0 it found
      assertThat(shown).contains("TCP_NODELAY back to 0 (off) on cli");
      assertThat(sh.value("getopt cli TCP_NODELAY")).isEqualTo("0 (off)");
    }
  }

  @Test
  void udpReportsDatagramsSentReceivedAndLost() {
    try (Shell sh = new Shell()) {
      sh.ok("open udp as rx; bind 127.0.0.1 0");
      sh.ok("open udp as tx; connect 127.0.0.1 " + sh.port("rx"));
      String shown = all(sh.ok("bench tx for 300ms size 512"));
      assertThat(shown)
          .contains("tx → rx:")
          .containsPattern("\\d+ datagrams/s sent, \\d+/s received, [0-9.]+% lost");
    }
  }

  @Test
  void ctrlCEndsALongBenchAndItsFiguresAreStillShown() {
    var timer = Executors.newSingleThreadScheduledExecutor();
    try (Shell sh = connectedPair()) {
      timer.schedule(() -> sh.interpreter().cancel(), 400, TimeUnit.MILLISECONDS);
      String shown = all(sh.ok("bench cli for 30s"));
      assertThat(shown).containsPattern("cli → s\\d+: 0\\.\\d s,");
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void anUnconnectedSocketIsRefusedWithHowTo() {
    try (Shell sh = new Shell()) {
      sh.ok("open tcp as t");
      assertThat(WORDS.render(sh.fails("bench t")))
          .contains("t is not connected")
          .contains("connect it first");
    }
  }

  /** A peer that never answers: Ctrl-C ends bench rr at once, not after its one-second wait. */
  @Test
  void ctrlCEndsARoundThatWaitsForAnAnswer() throws Exception {
    var timer = Executors.newSingleThreadScheduledExecutor();
    try (var silent = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        Shell sh = new Shell()) {
      sh.ok("open tcp as cli; connect 127.0.0.1 " + silent.getLocalPort());
      try (var held = silent.accept()) {
        timer.schedule(() -> sh.interpreter().cancel(), 300, TimeUnit.MILLISECONDS);
        // the first round waits for an answer that never comes; Ctrl-C leaves with nothing
        // measured (without the wake-up, the wait ran out first: "no answer within 1 s")
        assertThat(WORDS.render(sh.fails("bench rr cli for 30s")))
            .contains("nothing was measured")
            .doesNotContain("no answer");
      }
    } finally {
      timer.shutdownNow();
    }
  }

  /** A peer that closes: bench rr says so instead of spinning on a stream that ended. */
  @Test
  void aPeerThatClosesEndsBenchRrWithWhy() throws Exception {
    try (var closing = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        Shell sh = new Shell()) {
      sh.ok("open tcp as cli; connect 127.0.0.1 " + closing.getLocalPort());
      closing.accept().close();
      assertThat(WORDS.render(sh.fails("bench rr cli for 5s")))
          .contains("cli: the peer closed the connection");
    }
  }
}
