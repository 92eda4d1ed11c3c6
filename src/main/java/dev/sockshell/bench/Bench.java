package dev.sockshell.bench;

import dev.sockshell.command.Command;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.model.Atom;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.Cancellation;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.session.Session;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * bench: measures the session's own sockets, with the options they have. A stream ({@link Streams})
 * sends for a while and reports as iperf3 does; rr ({@link RoundTrips}) times request/response
 * rounds; sweep (here) reruns the stream for each value of one option and puts the value it found
 * back. When the session holds the other end, a thread of ours drains it (or echoes, for rr).
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
  private final Streams streams;
  private final RoundTrips rounds;

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
    this.streams = new Streams(sockets, cancel);
    this.rounds = new RoundTrips(sockets, cancel);
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
        Streams.Stream r = streams.stream(s, peer, size, micros, b.json() ? e -> {} : out);
        out.emit(streams.run(s, peer, size, micros, r, b.json()));
        if (!b.json()) {
          streams.report(s, peer, r, out);
        }
      }
      case RR ->
          rounds.rr(
              s, peer, b.size() == null ? 1 : b.size(), micros, b.spin() == null || b.spin(), out);
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
      Streams.Stream r = streams.stream(s, peer, size(b, s), micros, e -> {});
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

  static String bytes(long n) {
    return n >= 1 << 30
        ? String.format(Locale.ROOT, "%.2f GB", n / (double) (1 << 30))
        : String.format(Locale.ROOT, "%.1f MB", n / (double) (1 << 20));
  }

  static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1f s", s);
  }

  static String micros(long ns) {
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
