package dev.sockshell.interp;

import dev.sockshell.catalogue.Atom;
import dev.sockshell.catalogue.CodecEnv;
import dev.sockshell.catalogue.OptionCatalogue;
import dev.sockshell.command.Command;
import dev.sockshell.command.Command.*;
import dev.sockshell.command.Expectation;
import dev.sockshell.command.Feedback;
import dev.sockshell.command.Membership;
import dev.sockshell.command.OptRef;
import dev.sockshell.error.ExpectationError;
import dev.sockshell.error.SyntaxError;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.model.Family;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.session.Session;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.session.SessionSocket.State;
import dev.sockshell.trace.TracingSockets;
import java.util.ArrayList;
import java.util.List;

/** Carries out commands on the session's sockets: one exhaustive switch, no reflection. */
public final class Interpreter {
  private final Sockets sockets;
  private final TracingSockets tracing;
  private final Session session;
  private final OptionOps options;
  private final Waiter waiter;
  private final KernelDefaults defaults;
  private final Watchers watchers;
  private volatile EventSink background;
  private volatile boolean interactive;
  private volatile Long defaultWaitMicros;
  private volatile Host host = Host.NONE;
  private final Checks checks;
  private Checks.Outcome last;
  private volatile Feedback feedback = Feedback.NORMAL;

  public Interpreter(Sockets real, Session session) {
    this.tracing = new TracingSockets(real);
    Sockets sockets = tracing;
    this.sockets = sockets;
    this.session = session;
    CodecEnv env = new NativeEnv(sockets);
    this.options = new OptionOps(sockets, env);
    this.waiter = new Waiter(sockets);
    this.defaults = new KernelDefaults(real, env);
    this.watchers = new Watchers(real, session);
    this.checks = new Checks(sockets, env, waiter);
  }

  public Session session() {
    return session;
  }

  /** Cancels a blocking recv or accept in progress (Ctrl-C); callable from any thread. */
  public void cancel() {
    waiter.cancel();
  }

  /**
   * Where background receivers (watch) put what they receive; null (the default) makes watch
   * unavailable. The console passes printAbove here, the script runner its output.
   */
  public void background(EventSink sink) {
    this.background = sink;
  }

  /**
   * At the prompt a TCP connect is made cancellable by Ctrl-C (non-blocking connect and poll);
   * scripts make the plain blocking call.
   */
  public void interactive(boolean on) {
    interactive = on;
  }

  /**
   * How long recv, accept and connect wait when the command gives no timeout; null (the prompt)
   * waits forever. Scripts set one so that they cannot hang.
   */
  public void defaultWait(Long micros) {
    defaultWaitMicros = micros;
  }

  /** Who carries out source, record and the lessons. */
  public void host(Host h) {
    host = h == null ? Host.NONE : h;
  }

  /** What this kernel gives a new socket, for help and the console's tips. */
  public KernelDefaults defaults() {
    return defaults;
  }

  public Feedback feedback() {
    return feedback;
  }

  /** Runs one command; returns false when it failed (a Failure event was emitted). */
  public boolean execute(Command command, EventSink sink) {
    Feedback mode = feedback;
    EventSink shown =
        mode == Feedback.QUIET
            ? e -> {
              if (!(e instanceof Event.Info || e instanceof Event.Note)) {
                sink.emit(e);
              }
            }
            : sink;
    List<Event> seen = new ArrayList<>();
    EventSink out =
        e -> {
          seen.add(e);
          shown.emit(e);
        };
    if (mode == Feedback.VERBOSE) {
      tracing.traceTo(t -> out.emit(new Event.Syscall(t)));
    }
    RuntimeException failure;
    try {
      failure = attempt(command, out);
    } finally {
      tracing.traceTo(null);
    }
    if (!(command instanceof Expect)) {
      // expect error / expect output look at the command before them.
      last = new Checks.Outcome(List.copyOf(seen), failure);
    }
    return failure == null;
  }

  /** Runs the command; returns its error (already emitted as a Failure), or null. */
  private RuntimeException attempt(Command command, EventSink out) {
    RuntimeException error;
    String hint = null;
    try {
      run(command, out);
      return null;
    } catch (SocketError e) {
      error = e;
      hint = Hints.forError(e, command);
    } catch (UsageError e) {
      error = e;
      hint = e.hint();
    } catch (SyntaxError | ExpectationError e) {
      error = e;
    } catch (Waiter.Cancelled e) {
      error = new UsageError("cancelled (Ctrl-C)");
    } catch (RuntimeException e) {
      // A bug of ours must not end the session or show a stack trace: one line, and go on.
      error = new UsageError("internal error: " + e);
      hint = "please report this line as a bug";
    }
    out.emit(new Event.Failure(error, hint));
    return error;
  }

  private void run(Command command, EventSink out) {
    switch (command) {
      case Open c -> open(c, out);
      case Use c -> {
        SessionSocket s = session.resolve(c.sock());
        session.use(s);
        out.emit(new Event.Info("current socket: " + s.label() + " (" + s.kind() + ")"));
      }
      case Bind c -> bind(c, out);
      case Listen c -> {
        SessionSocket s = session.resolve(c.sock());
        requireTcp(s, "listen");
        sockets.listen(s.fd(), c.backlog());
        s.state(State.LISTENING);
        s.local(sockets.getsockname(s.fd()));
        out.emit(
            new Event.Info(
                s.label() + ": listening on " + s.local() + " (backlog " + c.backlog() + ")"));
      }
      case Accept c -> accept(c, out);
      case Connect c -> connect(c, out);
      case Shutdown c -> {
        SessionSocket s = session.resolve(c.sock());
        sockets.shutdown(s.fd(), c.how().value());
        s.state(
            switch (c.how()) {
              case RD -> State.SHUT_RD;
              case WR -> State.SHUT_WR;
              case BOTH -> State.SHUT;
            });
        out.emit(new Event.Info(s.label() + ": shutdown(" + c.how().name().toLowerCase() + ")"));
      }
      case Close c -> close(c, out);
      case Send c -> send(c, out);
      case Recv c -> recv(c, out);
      case SetOpt c -> options.set(session.resolve(c.sock()), c.option(), c.value(), out);
      case GetOpt c -> {
        SessionSocket s = session.resolve(c.sock());
        if (c.option() == null) {
          options.getAll(s, c.level(), out);
        } else {
          options.get(s, c.option(), out);
        }
      }
      case Join c -> membership(c.sock(), c.membership(), true, out);
      case Leave c -> membership(c.sock(), c.membership(), false, out);
      case Watch c -> watchers.start(session.resolve(c.sock()), background, out);
      case Unwatch c -> unwatch(c, out);
      case Ls c -> out.emit(Tables.sessionTable(session.all(), session.current()));
      case Options c -> out.emit(Tables.catalogue(c.level()));
      case Help c -> out.emit(new Event.Help(HelpPages.page(c.topic(), defaults)));
      case SetFeedback c -> {
        feedback = c.mode();
        out.emit(new Event.Info("feedback " + c.mode().name().toLowerCase(java.util.Locale.ROOT)));
      }
      case Expect c -> expect(c.expectation(), out);
      case Sleep c -> {
        waiter.sleep(c.micros());
        out.emit(new Event.Info("slept " + OptionOps.seconds(c.micros()) + " s"));
      }
      case Time c -> time(c, out);
      case Source c -> host.source(c.path(), out);
      case Command.Record c -> host.record(c, out);
      case Lessons c -> host.lessons(out);
      case Lesson c -> host.lesson(c, out);
      case Quit c -> {
        closeAll(out);
        out.emit(new Event.Quit());
      }
    }
  }

  private void open(Open c, EventSink out) {
    int fd = sockets.socket(c.family().af(), c.proto().sockType(), 0);
    SessionSocket s;
    try {
      s = session.add(c.name(), fd, c.family(), c.proto());
    } catch (UsageError e) {
      sockets.close(fd);
      throw e;
    }
    out.emit(
        new Event.Info(
            s.label()
                + ": "
                + s.kind()
                + " socket (fd "
                + fd
                + ") = socket("
                + c.family().cName()
                + ", "
                + c.proto().cName()
                + ", 0)"));
  }

  private void bind(Bind c, EventSink out) {
    SessionSocket s = session.resolve(c.sock());
    SockAddr at = Addresses.resolve(c.at(), s.family());
    sockets.bind(s.fd(), at);
    s.local(sockets.getsockname(s.fd()));
    s.state(State.BOUND);
    out.emit(new Event.Info(s.label() + ": bound to " + s.local()));
  }

  private void connect(Connect c, EventSink out) {
    SessionSocket s = session.resolve(c.sock());
    SockAddr to = Addresses.resolve(c.to(), s.family());
    if ((interactive || defaultWaitMicros != null) && s.proto() == Proto.TCP) {
      Long wait = defaultWaitMicros;
      if (!waiter.connect(s.fd(), to, wait == null ? -1 : (int) (wait / 1000))) {
        throw ranOut("connect");
      }
    } else {
      sockets.connect(s.fd(), to);
    }
    s.local(sockets.getsockname(s.fd()));
    s.peer(sockets.getpeername(s.fd()));
    s.state(State.CONNECTED);
    out.emit(new Event.Info(s.label() + ": connected " + s.local() + " -> " + s.peer()));
  }

  private void accept(Accept c, EventSink out) {
    SessionSocket listener = session.resolve(c.sock());
    requireTcp(listener, "accept");
    if (!waitDefault(listener)) {
      throw ranOut("accept");
    }
    Sockets.Accepted a = sockets.accept(listener.fd());
    SessionSocket s = session.add(null, a.fd(), listener.family(), Proto.TCP);
    s.state(State.CONNECTED);
    s.peer(a.peer());
    s.local(sockets.getsockname(a.fd()));
    out.emit(
        new Event.Info(
            s.label() + ": accepted connection from " + a.peer() + " on " + listener.label()));
  }

  private void send(Send c, EventSink out) {
    SessionSocket s = session.resolve(c.sock());
    SockAddr to = c.to() == null ? null : Addresses.resolve(c.to(), s.family());
    byte[] data = c.payload().bytes();
    int n = sockets.send(s.fd(), data, to);
    s.countOut(n);
    if (s.local() == null) {
      s.local(sockets.getsockname(s.fd()));
    }
    String dest = to != null ? to.toString() : s.peer() != null ? s.peer().toString() : "peer";
    out.emit(
        new Event.Info(s.label() + ": sent " + n + (n == 1 ? " byte" : " bytes") + " to " + dest));
  }

  private void expect(Expectation e, EventSink out) {
    switch (e) {
      case Expectation.ErrorIs x -> {
        checks.error(x, last);
        out.emit(new Event.Note("\u2713 error " + x.errno()));
      }
      case Expectation.Output x -> {
        checks.output(x, last);
        out.emit(
            new Event.Note("\u2713 output " + (x.regex() ? "like " : "") + "\"" + x.text() + "\""));
      }
      case Expectation.Receives x -> {
        SessionSocket s = session.resolve(x.sock());
        Watchers.refuseRecv(s, null);
        long wait =
            x.timeoutMicros() != null
                ? x.timeoutMicros()
                : defaultWaitMicros != null ? defaultWaitMicros : EXPECT_WAIT;
        out.emit(checks.receives(s, x, wait));
        out.emit(new Event.Note("\u2713 received as expected"));
      }
      case Expectation.Nothing x -> {
        SessionSocket s = session.resolve(x.sock());
        Watchers.refuseRecv(s, null);
        checks.nothing(s, x, out);
      }
      case Expectation.Value x -> checks.value(session.resolve(x.sock()), x, out);
      case Expectation.Interface x -> {
        if (sockets.ifNameToIndex(x.name()) == 0) {
          throw new ExpectationError(
              "interface " + x.name(),
              "none on this machine"
                  + (x.name().startsWith("veth")
                      ? " (the IPv6 lab makes one: sudo scripts/lab6, see README)"
                      : ""),
              true);
        }
        out.emit(new Event.Note("\u2713 interface " + x.name()));
      }
    }
  }

  private static final long EXPECT_WAIT = 5_000_000;

  /** Runs the block, failing at its first failing command, and reports the time per round. */
  private void time(Time t, EventSink out) {
    long[] rounds = new long[t.rounds()];
    for (int r = 0; r < t.rounds(); r++) {
      long start = System.nanoTime();
      for (Command c : t.body()) {
        run(c, r == t.rounds() - 1 ? out : e -> {});
      }
      rounds[r] = System.nanoTime() - start;
    }
    out.emit(new Event.Info(Timing.describe(rounds)));
  }

  /** Waits for input within the script's default wait; false when it ran out. */
  private boolean waitDefault(SessionSocket s) {
    Long wait = defaultWaitMicros;
    return waiter.readable(
        s.fd(), wait == null ? -1 : (int) Math.min(Integer.MAX_VALUE, (wait + 999) / 1000));
  }

  private UsageError ranOut(String what) {
    return new UsageError(
        what + ": nothing within " + OptionOps.seconds(defaultWaitMicros) + " s",
        0,
        "scripts wait that long by default; give 'timeout DURATION' or run with --timeout");
  }

  private void unwatch(Unwatch c, EventSink out) {
    List<SessionSocket> targets = c.all() ? watchers.watched() : List.of(session.resolve(c.sock()));
    for (SessionSocket s : targets) {
      if (!watchers.stop(s)) {
        throw new UsageError(s.label() + " is not watched");
      }
      out.emit(new Event.Info("stopped watching " + s.label()));
    }
  }

  private void recv(Recv c, EventSink out) {
    SessionSocket s = session.resolve(c.sock());
    Watchers.refuseRecv(s, c);
    if (c.timeoutMicros() != null) {
      int ms = (int) Math.min(Integer.MAX_VALUE, (c.timeoutMicros() + 999) / 1000);
      if (!waiter.readable(s.fd(), ms)) {
        throw new UsageError(
            "recv: nothing arrived within " + OptionOps.seconds(c.timeoutMicros()) + " s");
      }
    } else if (!hasReceiveTimeout(s)) {
      // No SO_RCVTIMEO: wait in a way Ctrl-C (or a script's default wait) can end.
      if (!waitDefault(s)) {
        throw ranOut("recv");
      }
    }
    // With SO_RCVTIMEO set, recvfrom blocks and the kernel ends it (EAGAIN), as in C.
    Sockets.Datagram d =
        s.wantsTtl() ? sockets.recvmsg(s.fd(), c.max()) : sockets.recv(s.fd(), c.max());
    s.countIn(d.data().length);
    SockAddr from = d.from() != null ? d.from() : s.peer();
    out.emit(new Event.Received(s.label(), s.proto(), from, d.data(), d.ttl()));
  }

  private boolean hasReceiveTimeout(SessionSocket s) {
    byte[] tv = sockets.getsockopt(s.fd(), Linux.SOL_SOCKET, 20, 16);
    for (byte b : tv) {
      if (b != 0) {
        return true;
      }
    }
    return false;
  }

  private void close(Close c, EventSink out) {
    if (c.all()) {
      closeAll(out);
      return;
    }
    SessionSocket s = session.resolve(c.sock());
    watchers.stop(s);
    session.remove(s);
    sockets.close(s.fd());
    out.emit(new Event.Info(s.label() + ": closed"));
  }

  /** Closes every socket; used by close all, quit and the end of a script. */
  public void closeAll(EventSink out) {
    List<String> closed = new ArrayList<>();
    for (SessionSocket s : watchers.watched()) {
      watchers.stop(s);
    }
    for (SessionSocket s : session.all()) {
      session.remove(s);
      try {
        sockets.close(s.fd());
        closed.add(s.label());
      } catch (SocketError e) {
        out.emit(new Event.Failure(e, null));
      }
    }
    if (!closed.isEmpty()) {
      out.emit(new Event.Info("closed " + String.join(", ", closed)));
    }
  }

  private void membership(
      dev.sockshell.command.SockRef ref, Membership m, boolean join, EventSink out) {
    SessionSocket s = session.resolve(ref);
    if (s.proto() != Proto.UDP) {
      throw new UsageError(
          "multicast groups are joined on UDP sockets; " + s.label() + " is " + s.kind());
    }
    boolean v6 = s.family() == Family.IPV6;
    String name;
    List<Atom> value = new ArrayList<>();
    value.add(m.group());
    if (m.source() != null) {
      name =
          v6
              ? (join ? "MCAST_JOIN_SOURCE_GROUP" : "MCAST_LEAVE_SOURCE_GROUP")
              : (join ? "IP_ADD_SOURCE_MEMBERSHIP" : "IP_DROP_SOURCE_MEMBERSHIP");
      value.add(m.iface() != null ? m.iface() : new Atom(Atom.Kind.NUMBER, "0", 0));
      value.add(m.source());
    } else {
      name =
          v6
              ? (join ? "IPV6_JOIN_GROUP" : "IPV6_LEAVE_GROUP")
              : (join ? "IP_ADD_MEMBERSHIP" : "IP_DROP_MEMBERSHIP");
      if (m.iface() != null) {
        value.add(m.iface());
      }
    }
    OptRef opt = OptRef.of(OptionCatalogue.get().byName(name).orElseThrow(), m.group().column());
    options.set(s, opt, value, e -> {});
    String label = m.group().text() + (m.iface() != null ? " on " + m.iface().text() : "");
    if (m.source() != null) {
      label += " from " + m.source().text();
    }
    if (join) {
      s.groups().add(label);
    } else {
      s.groups().remove(label);
    }
    out.emit(
        new Event.Info(
            s.label() + ": " + (join ? "joined " : "left ") + label + " (" + name + ")"));
  }

  private static void requireTcp(SessionSocket s, String call) {
    if (s.proto() != Proto.TCP) {
      throw new UsageError(call + " is for TCP sockets; " + s.label() + " is " + s.kind());
    }
  }
}
