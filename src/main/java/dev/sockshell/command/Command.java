package dev.sockshell.command;

import dev.sockshell.catalogue.Level;
import dev.sockshell.model.Atom;
import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import java.util.List;

/**
 * One parsed command. Each is an immutable record; the interpreter handles them in one exhaustive
 * switch. A {@link SockRef} of null means "the current socket", like C's first argument left to the
 * session.
 */
public sealed interface Command {

  /**
   * The commands that drive other commands, files or the terminal (source, record, export, the
   * lessons): the front end that runs the lines carries them out, not the interpreter.
   */
  sealed interface Directive extends Command {}

  /** {@code host}: the lab host whose network namespace the socket is made in, or null. */
  record Open(Proto proto, Family family, String name, String host) implements Command {
    public Open(Proto proto, Family family, String name) {
      this(proto, family, name, null);
    }
  }

  /**
   * {@code lab}, {@code lab up [TOPOLOGY]}, {@code lab down}, {@code lab mroute GROUP from HOST}
   * ({@code group} and {@code from} for mroute only).
   */
  record Lab(LabAction action, String topology, Atom group, String from) implements Command {
    public Lab(LabAction action, String topology) {
      this(action, topology, null, null);
    }
  }

  enum LabAction {
    SHOW,
    UP,
    DOWN,
    MROUTE
  }

  record Use(SockRef sock) implements Command {}

  record Bind(SockRef sock, Endpoint at) implements Command {}

  record Listen(SockRef sock, int backlog) implements Command {}

  /** {@code timeoutMicros} null: the script's wait (none at the prompt); SO_RCVTIMEO applies. */
  record Accept(SockRef sock, Long timeoutMicros) implements Command {}

  /** {@code timeoutMicros} null: the script's wait (none at the prompt); SO_SNDTIMEO applies. */
  record Connect(SockRef sock, Endpoint to, Long timeoutMicros) implements Command {}

  record Shutdown(SockRef sock, How how) implements Command {}

  /** {@code all} closes every socket; otherwise {@code sock} (or the current one). */
  record Close(SockRef sock, boolean all) implements Command {}

  record Send(SockRef sock, Payload payload, Endpoint to) implements Command {}

  /**
   * reply [SOCK] PAYLOAD: sends to the sender of the last datagram received, or on the connection.
   */
  record Reply(SockRef sock, Payload payload) implements Command {}

  /** {@code timeoutMicros} null: block (the kernel's SO_RCVTIMEO still applies). */
  /** {@code errqueue}: from the socket's error queue (MSG_ERRQUEUE), not its data. */
  record Recv(SockRef sock, int max, Long timeoutMicros, boolean errqueue) implements Command {
    public Recv(SockRef sock, int max, Long timeoutMicros) {
      this(sock, max, timeoutMicros, false);
    }
  }

  record SetOpt(SockRef sock, OptRef option, List<Atom> value) implements Command {
    public SetOpt {
      value = List.copyOf(value);
    }
  }

  /**
   * {@code option} null: the options of {@code level} for this socket, or with no level the
   * chapter's ({@code every} false) or every one ({@code getopt all}).
   */
  record GetOpt(SockRef sock, OptRef option, Level level, boolean every) implements Command {
    public GetOpt(SockRef sock, OptRef option, Level level) {
      this(sock, option, level, level != null);
    }
  }

  record Join(SockRef sock, Membership membership) implements Command {}

  record Leave(SockRef sock, Membership membership) implements Command {}

  /** What bench measures: a stream's throughput, request/response latency, or a sweep. */
  enum BenchKind {
    STREAM,
    RR,
    SWEEP
  }

  /**
   * bench [rr|sweep] [SOCK] [OPTION V…] [for D] [size B] [json] [spin|block]: measures the
   * session's own sockets with the options they have; {@code micros}, {@code size} null for the
   * defaults; {@code json}: the stream's report as iperf3 -J writes it; {@code spin}: how rr waits
   * for each answer (true: busy-polls with MSG_DONTWAIT; false: blocks in poll, as sockperf's
   * ping-pong does by default; null: the default, spin).
   */
  record Bench(
      BenchKind kind,
      SockRef sock,
      OptRef option,
      List<Atom> values,
      Long micros,
      Integer size,
      boolean json,
      Boolean spin)
      implements Command {
    public Bench {
      values = List.copyOf(values);
    }

    public Bench(
        BenchKind kind, SockRef sock, OptRef option, List<Atom> values, Long micros, Integer size) {
      this(kind, sock, option, values, micros, size, false, null);
    }
  }

  /**
   * Receive on a socket in the background and show what arrives above the prompt; {@code echo}
   * sends each datagram back to its sender and each chunk back on its connection.
   */
  record Watch(SockRef sock, boolean echo) implements Command {}

  record Unwatch(SockRef sock, boolean all) implements Command {}

  record Ls() implements Command {}

  /**
   * options [all]: every option; options LEVEL: those of one level; options chapter: the chapter's
   * four tables only.
   */
  record Options(Level level, boolean chapterOnly) implements Command {
    public Options(Level level) {
      this(level, false);
    }
  }

  record Help(String topic) implements Command {}

  /** {@code set feedback quiet|normal|verbose}: how much each command shows. */
  record SetFeedback(Feedback mode) implements Command {}

  /** set encoding NAME: how quoted text is sent and received text is shown from now on. */
  record SetEncoding(java.nio.charset.Charset charset) implements Command {}

  /** set lang ko|en: the language of every message from now on. */
  record SetLang(dev.sockshell.text.Text.Lang lang) implements Command {}

  /** Runs a script file inside the live session. */
  record Source(String path) implements Directive {}

  record Expect(Expectation expectation) implements Command {}

  /**
   * record FILE (replayable commands), record --transcript FILE.md, --cast FILE.cast, stop; {@code
   * force} replaces an existing file.
   */
  record Record(RecordMode mode, String path, boolean force) implements Directive {}

  /** export c FILE [--winsock] [--force]: the session's socket calls as a C program. */
  record Export(String language, String path, boolean winsock, boolean force)
      implements Directive {}

  record Lessons() implements Directive {}

  record Lesson(String name, boolean auto) implements Directive {}

  /** doctor: what this machine has and lacks, and what each enables in sockshell. */
  record Doctor() implements Directive {}

  /** Waits; scripts and lessons use it to let timers (keep-alive, delayed ACK) run. */
  record Sleep(long micros) implements Command {}

  /** Runs the block {@code rounds} times and reports how long a round took. */
  record Time(int rounds, List<Command> body) implements Command {
    public Time {
      body = List.copyOf(body);
    }
  }

  record Quit() implements Command {}

  /** What a recording keeps. */
  enum RecordMode {
    SCRIPT,
    TRANSCRIPT,
    CAST,
    /** the socket calls, as a C program for Linux (written at record stop) */
    C,
    /** the same for Windows (Winsock) */
    C_WINSOCK,
    STOP
  }

  /** shutdown's second argument. */
  enum How {
    RD(0),
    WR(1),
    BOTH(2);

    private final int value;

    How(int value) {
      this.value = value;
    }

    public int value() {
      return value;
    }
  }
}
