package dev.sockshell.bench;

import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.posix.Cancellation;
import dev.sockshell.posix.Sockets;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * bench rr: request/response rounds, timed one by one, with a progress line each second; waits for
 * each answer spinning or blocking, and draws the rounds as a histogram on a log scale.
 */
final class RoundTrips {
  private final Sockets sockets;
  private final Cancellation cancel;

  RoundTrips(Sockets sockets, Cancellation cancel) {
    this.sockets = sockets;
    this.cancel = cancel;
  }

  void rr(SessionSocket s, SessionSocket peer, int size, long micros, boolean spin, EventSink out) {
    byte[] data = new byte[size];
    List<Long> rounds = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + micros * 1000;
    long nextReport = start + 1_000_000_000L;
    int reported = 0;
    out.emit(new Event.Note(Words.of(spin ? "bench.rrSpin" : "bench.rrBlock")));
    try (BenchPeer echo = peer == null ? null : new BenchPeer(sockets, peer, true);
        Sockets.Bulk line = sockets.bulk(s.fd(), data)) {
      rounds:
      while (System.nanoTime() < end && !cancel.requested()) {
        long t0 = System.nanoTime();
        if (t0 >= nextReport) {
          // the progress line the help promises: the rounds of the second just ended
          nextReport += 1_000_000_000L;
          long[] last =
              rounds.subList(reported, rounds.size()).stream()
                  .mapToLong(Long::longValue)
                  .sorted()
                  .toArray();
          reported = rounds.size();
          if (last.length > 0) {
            out.emit(
                new Event.Note(
                    Words.of(
                        "bench.rrProgress",
                        Bench.seconds((t0 - start) / 1e9),
                        String.valueOf(last.length),
                        Bench.micros(last[last.length / 2]))));
          }
        }
        line.send(0);
        int got = 0;
        while (got < size) {
          int n = answer(s, line, t0, spin);
          if (n < 0) {
            break rounds; // Ctrl-C while waiting: what was measured is shown
          }
          if (n == 0) {
            throw new UsageError(Words.of("bench.ended", s.label()));
          }
          got += n;
        }
        rounds.add(System.nanoTime() - t0);
      }
    }
    s.countOut((long) size * rounds.size());
    s.countIn((long) size * rounds.size());
    long[] ns = rounds.stream().mapToLong(Long::longValue).sorted().toArray();
    if (ns.length == 0) {
      throw new UsageError(Words.of("bench.nothing"));
    }
    out.emit(
        new Event.Info(
            Words.of(
                "bench.rr",
                s.label(),
                String.valueOf(ns.length),
                String.valueOf(size),
                Bench.micros(ns[0]),
                Bench.micros(ns[ns.length / 2]),
                Bench.micros(ns[(int) Math.min(ns.length - 1, Math.ceil(ns.length * 0.99) - 1)]),
                Bench.micros(ns[ns.length - 1]))));
    out.emit(new Event.Help(Words.literal(histogram(ns))));
  }

  /**
   * Waits for the answer as latency tools do: with {@code spin} a short busy wait (the answer
   * usually comes within tens of microseconds), then poll, at most a second; without, poll at once
   * (a blocking wait, as sockperf's ping-pong by default). Returns the bytes taken (0: the stream
   * ended), or -1 on Ctrl-C.
   */
  private int answer(SessionSocket s, Sockets.Bulk line, long t0, boolean spin) {
    while (spin && System.nanoTime() - t0 < 200_000) {
      int n = line.drainNow();
      if (n >= 0) {
        return n;
      }
    }
    int ready = line.awaitIn(cancel.wakeFd(), 1000);
    if ((ready & 2) != 0 || cancel.requested()) {
      return -1;
    }
    if ((ready & 1) == 0) {
      throw new UsageError(Words.of("bench.noAnswer", s.label()), 0, Words.of("bench.echoHint"));
    }
    return line.drain(0);
  }

  /**
   * Rounds by powers of two of microseconds, as bars on a log scale (said in its first line): a
   * bucket of 1 round and one of 116 differ visibly even beside one of 50,000; the count is exact.
   */
  static String histogram(long[] ns) {
    int[] buckets = new int[40];
    int top = 0;
    int low = Integer.MAX_VALUE;
    for (long n : ns) {
      int b = 63 - Long.numberOfLeadingZeros(Math.max(1, n / 1000));
      buckets[b]++;
      top = Math.max(top, b);
      low = Math.min(low, b);
    }
    int most = Arrays.stream(buckets).max().orElse(1);
    StringBuilder out = new StringBuilder();
    out.append("  ").append(" ".repeat(12)).append("  (log scale: full = ").append(most);
    out.append(" rounds)").append(System.lineSeparator());
    for (int b = low; b <= top; b++) {
      String range = "< " + Bench.duration((1L << (b + 1)) * 1000);
      int bar =
          buckets[b] == 0
              ? 0
              : Math.max(
                  1, (int) Math.round(40 * Math.log1p(buckets[b]) / Math.log1p(Math.max(1, most))));
      out.append(
          String.format(Locale.ROOT, "  %12s  %-40s %d%n", range, "█".repeat(bar), buckets[b]));
    }
    return out.toString().stripTrailing();
  }
}
