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

  /**
   * What one stream measured. {@code segments}: TCP data segments sent while it ran (TCP_INFO), or
   * -1 where unknown; {@code received}/{@code datagrams}: what the session's own peer took (-1: the
   * peer is not ours); {@code acked}: TCP bytes the peer acknowledged (TCP_INFO), or -1; {@code
   * refused}: sends the kernel refused with ECONNREFUSED (an ICMP port unreachable).
   */
  record Stream(
      double seconds,
      long bytes,
      long calls,
      long received,
      long datagrams,
      long segments,
      long acked,
      long refused,
      List<Event.Interval> intervals) {
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
      case STREAM -> {
        int size = size(b, s);
        Stream r = stream(s, peer, size, micros, b.json() ? e -> {} : out);
        out.emit(run(s, peer, size, micros, r, b.json()));
        if (!b.json()) {
          report(s, peer, r, out);
        }
      }
      case RR ->
          rr(s, peer, b.size() == null ? 1 : b.size(), micros, b.spin() == null || b.spin(), out);
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

  /** The whole stream as an event: iperf3's sender and receiver summary (or its -J document). */
  private Event.BenchRun run(
      SessionSocket s, SessionSocket peer, int size, long micros, Stream r, boolean json) {
    Event.Interval last = r.intervals().isEmpty() ? null : r.intervals().getLast();
    Event.Interval sent =
        new Event.Interval(
            0,
            r.seconds(),
            r.bytes(),
            r.intervals().stream().mapToLong(Event.Interval::retransmits).sum(),
            last == null ? 0 : last.cwnd(),
            r.calls());
    Event.Interval received = null;
    String receiver = null;
    if (r.received() >= 0) {
      received = new Event.Interval(0, r.seconds(), r.received(), 0, 0, r.datagrams());
      receiver = peer.label();
    } else if (r.acked() >= 0) {
      received = new Event.Interval(0, r.seconds(), r.acked(), 0, 0, 0);
      receiver = "TCP_INFO bytes_acked";
    }
    return new Event.BenchRun(
        s.label(),
        receiver,
        s.proto() == Proto.TCP,
        s.fd(),
        s.local(),
        s.peer(),
        size,
        micros / 1e6,
        r.intervals(),
        sent,
        received,
        r.refused(),
        json);
  }

  private Stream stream(SessionSocket s, SessionSocket peer, int size, long micros, EventSink out) {
    byte[] data = new byte[size];
    long segsBefore = dataSegments(s);
    long ackedBefore = tcpCounter(s, "tcpi_bytes_acked", true);
    long bytes = 0;
    long calls = 0;
    long refused = 0;
    long start = System.nanoTime();
    long end = start + micros * 1000;
    long nextReport = start + 1_000_000_000L;
    List<Event.Interval> intervals = new ArrayList<>();
    long[] at = {start, 0, 0, tcpCounter(s, "tcpi_total_retrans", false)}; // time, bytes, calls
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
          } else if (e.errnoName().equals("ECONNREFUSED")) {
            refused++; // the ICMP port unreachable a connected UDP socket hears of: no receiver
          } else {
            throw e;
          }
        }
        long now = System.nanoTime();
        if (now >= nextReport) {
          nextReport += 1_000_000_000L;
          interval(s, start, now, bytes, calls, at, intervals, out);
        }
      }
      long stop = System.nanoTime();
      if (stop - at[0] > 10_000_000L) {
        interval(s, start, stop, bytes, calls, at, intervals, out); // the last, partial interval
      }
      double secs = (stop - start) / 1e9;
      if (drain != null) {
        // after Ctrl-C the prompt comes back at once: what the peer took by then is shown
        settle(drain, s.proto() == Proto.TCP ? bytes : -1, cancel.requested() ? 20 : 500);
      }
      received = drain == null ? -1 : drain.bytes;
      datagrams = drain == null ? -1 : drain.datagrams;
      s.countOut(bytes);
      long segsAfter = dataSegments(s);
      long segments = segsBefore < 0 || segsAfter < 0 ? -1 : (segsAfter - segsBefore) & 0xffffffffL;
      long ackedAfter = tcpCounter(s, "tcpi_bytes_acked", true);
      long acked = ackedBefore < 0 || ackedAfter < 0 ? -1 : ackedAfter - ackedBefore;
      return new Stream(
          secs, bytes, calls, received, datagrams, segments, acked, refused, intervals);
    }
  }

  /**
   * Ends an interval at {@code now}: what was sent in it, and for TCP the retransmits in it and the
   * congestion window (snd_cwnd segments of snd_mss bytes) at its end, as iperf3 shows them.
   */
  private void interval(
      SessionSocket s,
      long start,
      long now,
      long bytes,
      long calls,
      long[] at,
      List<Event.Interval> intervals,
      EventSink out) {
    long retrans = tcpCounter(s, "tcpi_total_retrans", false);
    long cwnd = -1;
    if (s.proto() == Proto.TCP) {
      byte[] info = tcpInfo(s);
      int need = Structs.offset(Structs.TCP_INFO, "tcpi_snd_cwnd") + 4;
      if (info.length >= need) {
        cwnd =
            Integer.toUnsignedLong(Structs.getInt(info, Structs.TCP_INFO, "tcpi_snd_cwnd"))
                * Integer.toUnsignedLong(Structs.getInt(info, Structs.TCP_INFO, "tcpi_snd_mss"));
      }
    }
    Event.Interval i =
        new Event.Interval(
            (at[0] - start) / 1e9,
            (now - start) / 1e9,
            bytes - at[1],
            retrans < 0 || at[3] < 0 ? 0 : retrans - at[3],
            Math.max(0, cwnd),
            calls - at[2]);
    intervals.add(i);
    out.emit(new Event.BenchInterval(s.label(), s.proto() == Proto.TCP, i, intervals.size() == 1));
    at[0] = now;
    at[1] = bytes;
    at[2] = calls;
    at[3] = retrans;
  }

  /** A counter of TCP_INFO (a __u32, or a __u64 when {@code wide}), or -1 (UDP, older kernels). */
  private long tcpCounter(SessionSocket s, String field, boolean wide) {
    if (s.proto() != Proto.TCP) {
      return -1;
    }
    byte[] info = tcpInfo(s);
    int at = Structs.offset(Structs.TCP_INFO, field);
    if (info.length < at + (wide ? 8 : 4)) {
      return -1;
    }
    return wide
        ? Structs.getLong(info, Structs.TCP_INFO, field)
        : Integer.toUnsignedLong(Structs.getInt(info, Structs.TCP_INFO, field));
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
    } else if (r.datagrams() < 0) {
      // no one of this session received: say what is known of the receiver, not a rate alone
      out.emit(
          new Event.Note(
              r.refused() > 0
                  ? Words.of("bench.udpRefused", String.valueOf(r.refused()), s.peer().toString())
                  : Words.of("bench.udpUnknown", s.peer().toString())));
    } else {
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

  private void rr(
      SessionSocket s, SessionSocket peer, int size, long micros, boolean spin, EventSink out) {
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
                        seconds((t0 - start) / 1e9),
                        String.valueOf(last.length),
                        micros(last[last.length / 2]))));
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
                micros(ns[0]),
                micros(ns[ns.length / 2]),
                micros(ns[(int) Math.min(ns.length - 1, Math.ceil(ns.length * 0.99) - 1)]),
                micros(ns[ns.length - 1]))));
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
      String range = "< " + duration((1L << (b + 1)) * 1000);
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

  private void sweep(
      Command.Bench b, SessionSocket s, SessionSocket peer, long micros, EventSink out) {
    List<String> labels = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    Restore found = Restore.of(sockets, s, b.option().option());
    try {
      sweepSteps(b, s, peer, micros, labels, rates, out);
    } finally {
      found.back(sockets, s, out);
    }
    chart(labels, rates, out);
  }

  private void sweepSteps(
      Command.Bench b,
      SessionSocket s,
      SessionSocket peer,
      long micros,
      List<String> labels,
      List<Double> rates,
      EventSink out) {
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
  }

  private static void chart(List<String> labels, List<Double> rates, EventSink out) {
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
    return duration(ns);
  }

  /** 17.2 µs, 1.4 ms, 2.0 s: the unit a person reads at a glance. */
  static String duration(long ns) {
    return ns >= 1_000_000_000L
        ? String.format(Locale.ROOT, "%.1f s", ns / 1e9)
        : ns >= 1_000_000L
            ? String.format(Locale.ROOT, "%.1f ms", ns / 1e6)
            : String.format(Locale.ROOT, ns >= 100_000L ? "%.0f µs" : "%.1f µs", ns / 1e3);
  }

  /**
   * The swept option's value as the sweep found it, to set it back after: its bytes, or for a
   * buffer size Linux doubles, half of what it reads (the kernel doubles it again) with SO_BUF_LOCK
   * as found (setting a size locks it; the lock bits restore the kernel's own tuning).
   */
  private record Restore(
      dev.sockshell.catalogue.SockOption option, byte[] value, byte[] lock, boolean doubled) {
    static Restore of(Sockets sockets, SessionSocket s, dev.sockshell.catalogue.SockOption o) {
      if (o == null || !o.canGet() || !o.canSet()) {
        return new Restore(o, null, null, false);
      }
      boolean doubled =
          o.has(dev.sockshell.catalogue.Trait.DOUBLED_RMEM)
              || o.has(dev.sockshell.catalogue.Trait.DOUBLED_WMEM);
      try {
        byte[] value =
            sockets.getsockopt(s.fd(), o.level().number(), o.number(), o.type().capacity());
        byte[] lock = null;
        if (doubled) {
          try {
            lock =
                sockets.getsockopt(
                    s.fd(),
                    BUF_LOCK.level().number(),
                    BUF_LOCK.number(),
                    BUF_LOCK.type().capacity());
          } catch (SocketError e) {
            lock = null; // a kernel before 5.14: the size alone is set back
          }
        }
        return new Restore(o, value, lock, doubled);
      } catch (SocketError e) {
        return new Restore(o, null, null, false);
      }
    }

    void back(Sockets sockets, SessionSocket s, EventSink out) {
      if (value == null) {
        return;
      }
      try {
        byte[] v = value;
        if (doubled && v.length == 4) {
          v = dev.sockshell.ctype.CInt.of(dev.sockshell.ctype.CInt.get(v) / 2);
        }
        sockets.setsockopt(s.fd(), option.level().number(), option.number(), v);
        s.forget(option.name()); // what it holds now is not a size the user asked for
        if (lock != null) {
          sockets.setsockopt(s.fd(), BUF_LOCK.level().number(), BUF_LOCK.number(), lock);
        }
        byte[] now =
            sockets.getsockopt(
                s.fd(), option.level().number(), option.number(), option.type().capacity());
        out.emit(
            new Event.Note(
                Words.of(
                    java.util.Arrays.equals(now, value) ? "bench.restored" : "bench.restoredNot",
                    option.name(),
                    Words.shown(() -> option.type().show(now, null)),
                    Words.shown(() -> option.type().show(value, null)),
                    s.label())));
      } catch (SocketError e) {
        out.emit(
            new Event.Note(Words.of("bench.restoreFailed", option.name(), s.label(), e.said())));
      }
    }
  }

  /** SO_BUF_LOCK: which buffer sizes are locked against the kernel's own tuning. */
  private static final dev.sockshell.catalogue.SockOption BUF_LOCK =
      dev.sockshell.catalogue.OptionCatalogue.get().with(dev.sockshell.catalogue.Trait.BUFFER_LOCK);
}
