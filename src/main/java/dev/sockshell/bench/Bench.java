package dev.sockshell.bench;

import dev.sockshell.command.Command;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.model.Atom;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.Cancellation;
import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.posix.Structs;
import dev.sockshell.session.Session;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * bench: measures the session's own sockets, with the options they have. A stream sends for a while
 * and reports throughput (TCP: with TCP_INFO's rtt and retransmits; UDP: datagrams sent, received
 * and lost); rr times request/response rounds; sweep reruns the stream for each value of one
 * option. When the session holds the other end, a thread of ours drains it (or echoes, for rr).
 * Ctrl-C stops early and what was measured is still shown. The calls go to the kernel directly, not
 * through the verbose trace (it would print a line per send).
 */
public final class Bench {
  private static final long DEFAULT_STREAM = 2_000_000;
  private static final long DEFAULT_RR = 1_000_000;
  private static final long DEFAULT_SWEEP = 1_000_000;

  private final Sockets sockets;
  private final Session session;
  private final Cancellation cancel;
  private final Setter options;

  /** How a sweep sets the option it sweeps: as setopt does (the interpreter's). */
  @FunctionalInterface
  public interface Setter {
    void set(SessionSocket s, dev.sockshell.command.OptRef option, List<Atom> value, EventSink out);
  }

  public Bench(Sockets sockets, Session session, Cancellation cancel, Setter options) {
    this.sockets = sockets;
    this.session = session;
    this.cancel = cancel;
    this.options = options;
  }

  /** What one stream measured. */
  /** {@code segments}: TCP data segments sent while it ran (TCP_INFO), or -1 where unknown. */
  record Stream(
      double seconds, long bytes, long calls, long received, long datagrams, long segments) {
    double bitsPerSecond() {
      return seconds <= 0 ? 0 : bytes * 8 / seconds;
    }
  }

  public void run(Command.Bench b, Long scriptWait, EventSink out) {
    SessionSocket s = session.resolve(b.sock());
    if (s.peer() == null) {
      throw new UsageError(Words.of("bench.notConnected", s.label()), 0, Words.of("bench.how"));
    }
    long micros =
        b.micros() != null
            ? b.micros()
            : switch (b.kind()) {
              case STREAM -> DEFAULT_STREAM;
              case RR -> DEFAULT_RR;
              case SWEEP -> DEFAULT_SWEEP;
            };
    if (scriptWait != null) {
      micros = Math.min(micros, scriptWait); // a script's bench stays within its wait
    }
    SessionSocket peer = peerOf(s);
    switch (b.kind()) {
      case STREAM -> report(s, peer, stream(s, peer, size(b, s), micros, out), out);
      case RR -> rr(s, peer, b.size() == null ? 1 : b.size(), micros, out);
      case SWEEP -> sweep(b, s, peer, micros, out);
    }
  }

  private static int size(Command.Bench b, SessionSocket s) {
    return b.size() != null ? b.size() : s.proto() == Proto.TCP ? 128 * 1024 : 1200;
  }

  /** The session's socket at the other end of {@code s}, or null (an outside peer). */
  private SessionSocket peerOf(SessionSocket s) {
    for (SessionSocket p : session.all()) {
      if (p == s || p.proto() != s.proto() || p.local() == null) {
        continue;
      }
      boolean sameAddress =
          p.local().equals(s.peer())
              || (p.local().port() == s.peer().port() && p.local().address().isAnyLocalAddress());
      if (sameAddress && (s.proto() == Proto.UDP || s.local().equals(p.peer()))) {
        return p;
      }
    }
    return null;
  }

  private Stream stream(SessionSocket s, SessionSocket peer, int size, long micros, EventSink out) {
    byte[] data = new byte[size];
    long segsBefore = dataSegments(s);
    long bytes = 0;
    long calls = 0;
    long start = System.nanoTime();
    long end = start + micros * 1000;
    long nextReport = start + 1_000_000_000L;
    long received;
    long datagrams;
    try (BenchPeer drain = peer == null ? null : new BenchPeer(sockets, peer, false);
        Sockets.Bulk source = sockets.bulk(s.fd(), data)) {
      while (System.nanoTime() < end && !cancel.requested()) {
        try {
          bytes += source.send(Linux.MSG_DONTWAIT);
          calls++;
        } catch (SocketError e) {
          if (e.errno() == Linux.EAGAIN) {
            // the send buffer is full: wait for room, or Ctrl-C (its eventfd), or the end
            short[] r =
                sockets.poll(
                    new int[] {s.fd(), cancel.wakeFd()},
                    new short[] {Linux.POLLOUT, Linux.POLLIN},
                    50);
            if ((r[0] & (Linux.POLLERR | Linux.POLLHUP)) != 0) {
              break;
            }
          } else if (!e.errnoName().equals("ECONNREFUSED")) {
            throw e;
          }
        }
        long now = System.nanoTime();
        if (now >= nextReport) {
          nextReport += 1_000_000_000L;
          out.emit(
              new Event.Note(
                  Words.of(
                      "bench.progress",
                      seconds((now - start) / 1e9),
                      rate(bytes * 8 / ((now - start) / 1e9)))));
        }
      }
      double secs = (System.nanoTime() - start) / 1e9;
      if (drain != null) {
        // after Ctrl-C the prompt comes back at once: what the peer took by then is shown
        settle(drain, s.proto() == Proto.TCP ? bytes : -1, cancel.requested() ? 20 : 500);
      }
      received = drain == null ? -1 : drain.bytes;
      datagrams = drain == null ? -1 : drain.datagrams;
      s.countOut(bytes);
      long segsAfter = dataSegments(s);
      long segments = segsBefore < 0 || segsAfter < 0 ? -1 : (segsAfter - segsBefore) & 0xffffffffL;
      return new Stream(secs, bytes, calls, received, datagrams, segments);
    }
  }

  private byte[] tcpInfo(SessionSocket s) {
    var tcpInfo =
        dev.sockshell.catalogue.OptionCatalogue.get()
            .withTrait(dev.sockshell.catalogue.Trait.CONNECTION_INFO)
            .getFirst();
    return sockets.getsockopt(
        s.fd(), tcpInfo.level().number(), tcpInfo.number(), tcpInfo.type().capacity());
  }

  /** TCP_INFO's count of data segments sent (a __u32), or -1 (not TCP, or an older kernel). */
  private long dataSegments(SessionSocket s) {
    if (s.proto() != Proto.TCP) {
      return -1;
    }
    byte[] info = tcpInfo(s);
    int at = Structs.offset(Structs.TCP_INFO, "tcpi_data_segs_out");
    return info.length >= at + 4
        ? Integer.toUnsignedLong(Structs.getInt(info, Structs.TCP_INFO, "tcpi_data_segs_out"))
        : -1;
  }

  /** Lets the peer take what is still in flight (at most {@code millis}). */
  private static void settle(BenchPeer drain, long expected, long millis) {
    long until = System.nanoTime() + millis * 1_000_000L;
    long last = -1;
    while (System.nanoTime() < until && drain.bytes != expected) {
      if (expected < 0 && drain.bytes == last) {
        break;
      }
      last = drain.bytes;
      try {
        Thread.sleep(
            Math.min(expected < 0 ? 50 : 5, Math.max(1, (until - System.nanoTime()) / 1_000_000L)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void report(SessionSocket s, SessionSocket peer, Stream r, EventSink out) {
    String to = peer != null ? peer.label() : s.peer().toString();
    out.emit(
        new Event.Info(
            Words.of(
                "bench.stream",
                s.label(),
                to,
                seconds(r.seconds()),
                bytes(r.bytes()),
                String.valueOf(r.calls()),
                rate(r.bitsPerSecond()),
                String.format(Locale.ROOT, "%.1f", r.bytes() / r.seconds() / 1e6))));
    if (s.proto() == Proto.TCP) {
      byte[] info = tcpInfo(s);
      if (info.length >= Structs.offset(Structs.TCP_INFO, "tcpi_total_retrans") + 4) {
        out.emit(
            new Event.Note(
                Words.of(
                    "bench.tcpInfo",
                    Integer.toUnsignedString(Structs.getInt(info, Structs.TCP_INFO, "tcpi_rtt")),
                    Integer.toUnsignedString(
                        Structs.getInt(info, Structs.TCP_INFO, "tcpi_total_retrans")))));
      }
      if (r.segments() > 0) {
        // Nagle's algorithm and autocorking show here: small writes leave in fewer segments
        out.emit(
            new Event.Note(
                Words.of(
                    "bench.segments",
                    String.valueOf(r.segments()),
                    String.valueOf(r.calls()),
                    String.format(Locale.ROOT, "%.0f", (double) r.bytes() / r.segments()))));
      }
    } else if (r.datagrams() >= 0) {
      long sent = r.calls();
      long got = r.datagrams();
      out.emit(
          new Event.Note(
              Words.of(
                  "bench.udp",
                  String.format(Locale.ROOT, "%.0f", sent / r.seconds()),
                  String.format(Locale.ROOT, "%.0f", got / r.seconds()),
                  String.format(
                      Locale.ROOT, "%.1f", sent == 0 ? 0 : 100.0 * (sent - got) / sent))));
    }
  }

  private void rr(SessionSocket s, SessionSocket peer, int size, long micros, EventSink out) {
    byte[] data = new byte[size];
    List<Long> rounds = new ArrayList<>();
    long end = System.nanoTime() + micros * 1000;
    try (BenchPeer echo = peer == null ? null : new BenchPeer(sockets, peer, true);
        Sockets.Bulk line = sockets.bulk(s.fd(), data)) {
      rounds:
      while (System.nanoTime() < end && !cancel.requested()) {
        long t0 = System.nanoTime();
        line.send(0);
        int got = 0;
        while (got < size) {
          int n = answer(s, line, t0);
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
                micros(ns[0]),
                micros(ns[ns.length / 2]),
                micros(ns[(int) Math.min(ns.length - 1, Math.ceil(ns.length * 0.99) - 1)]),
                micros(ns[ns.length - 1]))));
    out.emit(new Event.Help(Words.literal(histogram(ns))));
  }

  /**
   * Waits for the answer as latency tools do: a short busy wait (the answer usually comes within
   * tens of microseconds), then poll, at most a second. Returns the bytes taken (0: the stream
   * ended), or -1 on Ctrl-C.
   */
  private int answer(SessionSocket s, Sockets.Bulk line, long t0) {
    while (System.nanoTime() - t0 < 200_000) {
      try {
        return line.drain(Linux.MSG_DONTWAIT);
      } catch (SocketError e) {
        if (e.errno() != Linux.EAGAIN) {
          throw e;
        }
      }
    }
    short[] ready = sockets.pollIn(new int[] {s.fd(), cancel.wakeFd()}, 1000);
    if (ready[1] != 0 || cancel.requested()) {
      return -1;
    }
    if (ready[0] == 0) {
      throw new UsageError(Words.of("bench.noAnswer", s.label()), 0, Words.of("bench.echoHint"));
    }
    return line.drain(0);
  }

  /** Rounds by powers of two of microseconds, as bars. */
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
    for (int b = low; b <= top; b++) {
      String range = "< " + (1L << (b + 1)) + " µs";
      out.append(
          String.format(
              Locale.ROOT,
              "  %12s  %-40s %d%n",
              range,
              "█".repeat((int) Math.ceil(40.0 * buckets[b] / most)),
              buckets[b]));
    }
    return out.toString().stripTrailing();
  }

  private void sweep(
      Command.Bench b, SessionSocket s, SessionSocket peer, long micros, EventSink out) {
    List<String> labels = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    for (Atom v : b.values()) {
      if (cancel.requested()) {
        break;
      }
      options.set(s, b.option(), List.of(v), e -> {});
      Stream r = stream(s, peer, size(b, s), micros, e -> {});
      labels.add(b.option().option().name() + " " + v.text());
      rates.add(r.bitsPerSecond());
      out.emit(
          new Event.Note(Words.of("bench.sweepStep", labels.getLast(), rate(r.bitsPerSecond()))));
    }
    double most = rates.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    int width = labels.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder chart = new StringBuilder();
    for (int i = 0; i < labels.size(); i++) {
      int bar = most <= 0 ? 0 : (int) Math.round(40 * rates.get(i) / most);
      chart.append(
          String.format(
              Locale.ROOT,
              "  %-" + width + "s  %-40s %s%n",
              labels.get(i),
              "█".repeat(bar),
              rate(rates.get(i))));
    }
    out.emit(new Event.Help(Words.literal(chart.toString().stripTrailing())));
  }

  static String rate(double bitsPerSecond) {
    return bitsPerSecond >= 1e9
        ? String.format(Locale.ROOT, "%.2f Gbit/s", bitsPerSecond / 1e9)
        : String.format(Locale.ROOT, "%.1f Mbit/s", bitsPerSecond / 1e6);
  }

  private static String bytes(long n) {
    return n >= 1 << 30
        ? String.format(Locale.ROOT, "%.2f GB", n / (double) (1 << 30))
        : String.format(Locale.ROOT, "%.1f MB", n / (double) (1 << 20));
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1f s", s);
  }

  private static String micros(long ns) {
    return String.format(Locale.ROOT, "%.1f µs", ns / 1e3);
  }
}
