package dev.sockshell.event;

import dev.sockshell.catalogue.SockOption;
import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.text.Words;
import java.util.Arrays;
import java.util.List;

/**
 * What a command produced. The core emits events and never prints; the console, the script runner,
 * a recorder or a test each render or collect them. Events hold copies of their bytes, made with
 * Arrays.copyOf: under C1 (the compiler the launcher starts with) an array's clone() is a call into
 * the VM that costs ten times the copy.
 */
public sealed interface Event {

  /** A plain result line: "s1: udp4 socket (fd 5)". */
  record Info(Words said) implements Event {
    /** Its words, in the language of the thread that asks. */
    public String text() {
      return said.text();
    }
  }

  /** A secondary line that explains what the kernel did, or a tip. */
  record Note(Words said) implements Event {
    /** Its words, in the language of the thread that asks. */
    public String text() {
      return said.text();
    }
  }

  /**
   * {@code NAME = VALUE}, as decoded from the bytes getsockopt just returned; {@code call} says
   * which calls gave it (null where none is known), {@code checked} that an expect line asked.
   */
  record OptionValue(
      String sock, String name, Words shown, Words because, OptionCall call, boolean checked)
      implements Fact {
    public OptionValue(String sock, String name, String value, String note) {
      this(
          sock, name, Words.literal(value), note == null ? null : Words.literal(note), null, false);
    }

    /** The value as shown, in the language of now. */
    public String value() {
      return shown.text();
    }

    /** Why the kernel changed the value, in the language of now; null when it did not. */
    public String note() {
      return because == null ? null : because.text();
    }
  }

  /** How long the rounds of a time block took, in nanoseconds. */
  /**
   * One interval of a bench stream, as it ends: seconds from the start, bytes sent in it, and for
   * TCP the retransmits in it and the congestion window at its end (bytes), for UDP datagrams sent.
   */
  record Interval(double start, double end, long bytes, long retransmits, long cwnd, long packets) {
    public double seconds() {
      return end - start;
    }

    public double bitsPerSecond() {
      return seconds() <= 0 ? 0 : bytes * 8 / seconds();
    }
  }

  /**
   * A bench interval shown as it ends, iperf3 style ({@code first}: the table's head goes first).
   */
  record BenchInterval(String sock, boolean tcp, Interval interval, boolean first)
      implements Event {}

  /**
   * What a bench stream measured, whole: the sender's total and the receiver's (null where no one
   * in this session received: {@code refused} counts the sends the kernel refused with
   * ECONNREFUSED, an ICMP port unreachable). {@code json}: shown as iperf3 -J shows its run.
   */
  record BenchRun(
      String sock,
      String receiver,
      boolean tcp,
      int fd,
      dev.sockshell.posix.SockAddr local,
      dev.sockshell.posix.SockAddr remote,
      int blksize,
      double duration,
      java.util.List<Interval> intervals,
      Interval sent,
      Interval received,
      long refused,
      boolean json)
      implements Event {
    public BenchRun {
      intervals = java.util.List.copyOf(intervals);
    }
  }

  /**
   * How long a time block's rounds took. {@code failedRound} is 0 when every round ran, else the
   * round (from 1) whose command failed: its time, up to the failure, is the last of {@code nanos}.
   */
  record Timed(long[] nanos, int failedRound) implements Event {
    public Timed {
      nanos = Arrays.copyOf(nanos, nanos.length);
    }

    public Timed(long[] nanos) {
      this(nanos, 0);
    }

    @Override
    public long[] nanos() {
      return Arrays.copyOf(nanos, nanos.length);
    }
  }

  /**
   * The calls behind an option's value: setsockopt with {@code set} (null when none was made), then
   * getsockopt, which returned {@code got} (null when it was not made: a set-only option).
   */
  record OptionCall(int level, int number, SockOption option, byte[] set, byte[] got) {
    public OptionCall {
      set = set == null ? null : Arrays.copyOf(set, set.length);
      got = got == null ? null : Arrays.copyOf(got, got.length);
    }

    @Override
    public byte[] set() {
      return set == null ? null : Arrays.copyOf(set, set.length);
    }

    @Override
    public byte[] got() {
      return got == null ? null : Arrays.copyOf(got, got.length);
    }
  }

  /**
   * Data a socket received; {@code from} is the sender, or the peer of a stream; {@code max} the
   * buffer size asked for (0 for a watcher's receive).
   */
  /**
   * What a receive took off a socket. {@code encoding} is how its text is read (the session's
   * encoding when it was received); null for UTF-8.
   */
  record Received(
      String sock,
      Proto proto,
      SockAddr from,
      byte[] data,
      Integer ttl,
      int max,
      java.nio.charset.Charset encoding)
      implements Fact {
    public Received {
      data = Arrays.copyOf(data, data.length);
    }

    public Received(String sock, Proto proto, SockAddr from, byte[] data) {
      this(sock, proto, from, data, null, 0, null);
    }

    public Received(String sock, Proto proto, SockAddr from, byte[] data, Integer ttl, int max) {
      this(sock, proto, from, data, ttl, max, null);
    }

    @Override
    public byte[] data() {
      return Arrays.copyOf(data, data.length);
    }

    /** How many bytes, without copying them. */
    public int size() {
      return data.length;
    }
  }

  /** Rows of a table (ls, options), the first row being the header. */
  record Table(List<List<Words>> rows) implements Event {
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }

    /** A table whose cells are the same in every language (a front end's own). */
    public static Table literal(List<List<String>> rows) {
      return new Table(
          rows.stream().map(r -> r.stream().<Words>map(Words::literal).toList()).toList());
    }

    /** Its cells in the language of the thread that asks. */
    public List<List<String>> texts() {
      return rows.stream().map(r -> r.stream().map(w -> w.text()).toList()).toList();
    }
  }

  /** One system call a command made, strace style (feedback verbose). */
  record Syscall(String text) implements Event {}

  /** A page of help text. */
  record Help(Words page) implements Event {
    /** The page, in the language of the thread that asks. */
    public String text() {
      return page.text();
    }
  }

  /**
   * A command that failed: a SocketError, UsageError or SyntaxError, with an optional hint; for a
   * call the kernel refused, {@code attempted} is the fact the call would have made.
   */
  record Failure(RuntimeException error, Words hint, Fact attempted) implements Event {
    public Failure(RuntimeException error, Words hint) {
      this(error, hint, null);
    }

    /** The one-line message of its error (book style for a system call), worded when shown. */
    public Words said() {
      return said(error);
    }

    /** The one-line message of {@code error}. */
    public static Words said(RuntimeException error) {
      return switch (error) {
        case dev.sockshell.posix.SocketError s -> s.said();
        case dev.sockshell.error.UsageError u -> u.said();
        case dev.sockshell.error.ExpectationError x -> x.said();
        case dev.sockshell.error.SyntaxError s -> Words.shown(s::getMessage);
        default -> Words.shown(error::toString);
      };
    }
  }

  /**
   * What a socket command did, as a fact: the renderer puts it in words, the C export writes it as
   * C. Addresses are the kernel's (getsockname), sockets are named by their session label.
   */
  sealed interface Fact extends Event {}

  record Opened(String sock, String kind, int fd, Family family, Proto proto) implements Fact {}

  /** {@code addr}: where the socket is bound now; in a Failure, the address asked for. */
  record Bound(String sock, SockAddr addr) implements Fact {}

  record Listening(String sock, SockAddr local, int backlog) implements Fact {}

  record Accepted(String sock, String listener, SockAddr peer) implements Fact {}

  /** {@code local} and {@code peer} are null in a Failure. */
  record Connected(String sock, SockAddr to, SockAddr local, SockAddr peer) implements Fact {}

  /** {@code sent} of the payload's bytes went to {@code to} (null: the connected peer). */
  record Sent(String sock, byte[] data, int sent, SockAddr to, SockAddr peer) implements Fact {
    public Sent {
      data = Arrays.copyOf(data, data.length);
    }

    @Override
    public byte[] data() {
      return Arrays.copyOf(data, data.length);
    }

    /** How many bytes, without copying them. */
    public int size() {
      return data.length;
    }
  }

  /** A receive the kernel refused (EAGAIN after SO_RCVTIMEO): only ever in a Failure. */
  record RecvAttempt(String sock, int max) implements Fact {}

  /** An option that getsockopt cannot read back was set. */
  record OptionSet(String sock, String name, OptionCall call) implements Fact {}

  /**
   * A multicast group joined or left: {@code group} with its interface and source; {@code chosen}
   * the interface the kernel picked when none was given (from its group table), else null.
   */
  record Membership(
      String sock,
      boolean join,
      dev.sockshell.model.Group group,
      String option,
      OptionCall call,
      String chosen)
      implements Fact {
    public Membership(
        String sock,
        boolean join,
        dev.sockshell.model.Group group,
        String option,
        OptionCall call) {
      this(sock, join, group, option, call, null);
    }
  }

  /** {@code how}: rd, wr or both. */
  record ShutDown(String sock, String how) implements Fact {}

  /** {@code all}: close all, which names every socket it closed. */
  record Closed(List<String> socks, boolean all) implements Fact {}

  /**
   * What recvmsg with MSG_ERRQUEUE took off a socket's error queue: the extended error (an ICMP
   * message, who sent it) and the start of the datagram it was about.
   */
  record ErrorQueued(
      String sock,
      dev.sockshell.posix.Sockets.ExtendedError error,
      String errnoName,
      String strerror,
      byte[] data)
      implements Fact {
    public ErrorQueued {
      data = Arrays.copyOf(data, data.length);
    }
  }

  /** An expect nothing that held: nothing arrived for {@code micros}. */
  record NothingArrived(String sock, long micros) implements Fact {}

  /** The session ended (quit/exit). */
  record Quit() implements Event {}
}
