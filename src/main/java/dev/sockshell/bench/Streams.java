package dev.sockshell.bench;

import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.Cancellation;
import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.posix.Structs;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * bench's stream: sends for a while, one interval a second as iperf3 shows them, then the sender's
 * and receiver's totals (TCP: with TCP_INFO's rtt, retransmits and segments; UDP: datagrams sent,
 * received and lost, or what is known of a receiver that is not the session's).
 */
final class Streams {
  private final Sockets sockets;
  private final Cancellation cancel;

  Streams(Sockets sockets, Cancellation cancel) {
    this.sockets = sockets;
    this.cancel = cancel;
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

  /** The whole stream as an event: iperf3's sender and receiver summary (or its -J document). */
  Event.BenchRun run(
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

  Stream stream(SessionSocket s, SessionSocket peer, int size, long micros, EventSink out) {
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
      int need = Structs.offset(Structs.Tcp.TCP_INFO, "tcpi_snd_cwnd") + 4;
      if (info.length >= need) {
        cwnd =
            Integer.toUnsignedLong(Structs.getInt(info, Structs.Tcp.TCP_INFO, "tcpi_snd_cwnd"))
                * Integer.toUnsignedLong(
                    Structs.getInt(info, Structs.Tcp.TCP_INFO, "tcpi_snd_mss"));
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
    int at = Structs.offset(Structs.Tcp.TCP_INFO, field);
    if (info.length < at + (wide ? 8 : 4)) {
      return -1;
    }
    return wide
        ? Structs.getLong(info, Structs.Tcp.TCP_INFO, field)
        : Integer.toUnsignedLong(Structs.getInt(info, Structs.Tcp.TCP_INFO, field));
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
    int at = Structs.offset(Structs.Tcp.TCP_INFO, "tcpi_data_segs_out");
    return info.length >= at + 4
        ? Integer.toUnsignedLong(Structs.getInt(info, Structs.Tcp.TCP_INFO, "tcpi_data_segs_out"))
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

  void report(SessionSocket s, SessionSocket peer, Stream r, EventSink out) {
    String to = peer != null ? peer.label() : s.peer().toString();
    out.emit(
        new Event.Info(
            Words.of(
                "bench.stream",
                s.label(),
                to,
                Bench.seconds(r.seconds()),
                Bench.bytes(r.bytes()),
                String.valueOf(r.calls()),
                Bench.rate(r.bitsPerSecond()),
                String.format(Locale.ROOT, "%.1f", r.bytes() / r.seconds() / 1e6))));
    if (s.proto() == Proto.TCP) {
      byte[] info = tcpInfo(s);
      if (info.length >= Structs.offset(Structs.Tcp.TCP_INFO, "tcpi_total_retrans") + 4) {
        out.emit(
            new Event.Note(
                Words.of(
                    "bench.tcpInfo",
                    Integer.toUnsignedString(
                        Structs.getInt(info, Structs.Tcp.TCP_INFO, "tcpi_rtt")),
                    Integer.toUnsignedString(
                        Structs.getInt(info, Structs.Tcp.TCP_INFO, "tcpi_total_retrans")))));
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
}
