package dev.sockshell.interp;

import dev.sockshell.command.Command;
import dev.sockshell.command.Command.*;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.kernel.PortHolders;
import dev.sockshell.lab.Addresses;
import dev.sockshell.lab.LabOps;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.Cancellation;
import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.session.Session;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.session.SessionSocket.State;
import dev.sockshell.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The socket commands: socket, bind, listen, accept, connect, shutdown, recv and close (send and
 * reply are {@link Sending}'s), each the libc call it names plus what the session keeps about it.
 */
final class SocketOps {
  private final Sockets sockets;
  private final Session session;
  private final Waiter waiter;
  private final Watchers watchers;
  private final OptionOps options;
  private final Attempts attempts;
  private final boolean interactive;
  private final Long defaultWaitMicros;

  SocketOps(
      Sockets sockets,
      Session session,
      Waiter waiter,
      Watchers watchers,
      OptionOps options,
      Attempts attempts,
      boolean interactive,
      Long defaultWaitMicros) {
    this.interactive = interactive;
    this.defaultWaitMicros = defaultWaitMicros;
    this.attempts = attempts;
    this.sockets = sockets;
    this.session = session;
    this.waiter = waiter;
    this.watchers = watchers;
    this.options = options;
  }

  Long defaultWait() {
    return defaultWaitMicros;
  }

  void listen(Listen c, EventSink out) {
    SessionSocket s = session.resolve(c.sock());
    requireTcp(s, "listen");
    attempts.about(new Event.Listening(s.label(), s.local(), c.backlog()));
    sockets.listen(s.fd(), c.backlog());
    s.state(State.LISTENING);
    s.local(sockets.getsockname(s.fd()));
    out.emit(new Event.Listening(s.label(), s.local(), c.backlog()));
  }

  void shutdown(Shutdown c, EventSink out) {
    SessionSocket s = session.resolve(c.sock());
    // The state is set before the call: a watcher sees it as soon as recv starts returning 0.
    State before = s.state();
    s.state(shutState(c.how()));
    String how = c.how().name().toLowerCase(java.util.Locale.ROOT);
    attempts.about(new Event.ShutDown(s.label(), how));
    try {
      sockets.shutdown(s.fd(), c.how().value());
    } catch (SocketError e) {
      if (e.errno() != Linux.ENOTCONN) {
        s.state(before);
      } // ENOTCONN: Linux refuses an unconnected socket but sets the shutdown flags all the same
      throw e;
    }
    out.emit(new Event.ShutDown(s.label(), how));
  }

  private static State shutState(Command.How how) {
    return switch (how) {
      case RD -> State.SHUT_RD;
      case WR -> State.SHUT_WR;
      case BOTH -> State.SHUT;
    };
  }

  void open(Open c, EventSink out) {
    int fd =
        c.host() == null
            ? sockets.socket(c.family().af(), c.proto().sockType(), 0)
            : sockets.inNetns(
                LabOps.netnsOf(session.lab(), c.host()),
                () -> sockets.socket(c.family().af(), c.proto().sockType(), 0));
    SessionSocket s;
    try {
      s = session.add(c.name(), fd, c.family(), c.proto()).host(c.host());
    } catch (UsageError e) {
      sockets.close(fd);
      throw e;
    }
    out.emit(new Event.Opened(s.label(), s.kind(), fd, c.family(), c.proto()));
  }

  void bind(Bind c, EventSink out) {
    SessionSocket s = session.resolve(c.sock());
    SockAddr at = Addresses.resolve(c.at(), s.family(), session.lab());
    attempts.about(new Event.Bound(s.label(), at));
    try {
      sockets.bind(s.fd(), at);
    } catch (SocketError e) {
      if (e.errno() != Linux.EADDRINUSE || at.port() == 0) {
        throw e;
      }
      // what the user set, not a getsockopt of ours: the trace shows only the calls asked for
      throw e.hinted(
          PortHolders.hint(
              s.proto(),
              at.port(),
              OptionOps.requestedOn(s, dev.sockshell.catalogue.Trait.REUSE_ADDR)));
    }
    s.local(sockets.getsockname(s.fd()));
    s.state(State.BOUND);
    out.emit(new Event.Bound(s.label(), s.local()));
  }

  void connect(Connect c, EventSink out) {
    SessionSocket s = session.resolve(c.sock());
    SockAddr to = Addresses.resolve(c.to(), s.family(), session.lab());
    attempts.about(new Event.Connected(s.label(), to, null, null));
    if (s.proto() == Proto.TCP) {
      // Never the plain blocking call: Ctrl-C, the script's wait and SO_SNDTIMEO must all end it.
      Long cap = cap(c.timeoutMicros());
      Waiter.Bound bound = Waiter.Bound.of(cap, waiter.kernelTimeout(s.fd(), Waiter.SO_SNDTIMEO));
      boolean made;
      try {
        made = waiter.connect(s.fd(), to, bound);
      } catch (Cancellation.Cancelled e) {
        connecting(s);
        throw e;
      } catch (SocketError e) {
        s.connectFailed(e.errnoName()); // a later recv returns 0: there never was a peer
        throw e;
      }
      if (!made) {
        connecting(s);
        throw ranOut("connect", cap, c.timeoutMicros() != null);
      }
    } else {
      sockets.connect(s.fd(), to);
    }
    s.local(sockets.getsockname(s.fd()));
    s.peer(sockets.getpeername(s.fd()));
    s.state(State.CONNECTED);
    s.connectFailed(null);
    out.emit(new Event.Connected(s.label(), to, s.local(), s.peer()));
  }

  /** A connect given up on here goes on in the kernel (SYN_SENT): ls says so, and where from. */
  private void connecting(SessionSocket s) {
    s.state(State.CONNECTING);
    try {
      s.local(sockets.getsockname(s.fd()));
    } catch (SocketError e) {
      // no local address to show
    }
  }

  void accept(Accept c, EventSink out) {
    SessionSocket listener = session.resolve(c.sock());
    requireTcp(listener, "accept");
    Watchers.refuseRecv(listener);
    Long cap = cap(c.timeoutMicros());
    Waiter.Bound bound =
        Waiter.Bound.of(cap, waiter.kernelTimeout(listener.fd(), Waiter.SO_RCVTIMEO));
    attempts.about(new Event.Accepted(null, listener.label(), null));
    if (!waiter.readable(listener.fd(), bound.micros())) {
      if (!bound.kernel()) {
        throw ranOut("accept", cap, c.timeoutMicros() != null);
      }
      // SO_RCVTIMEO ran out: the kernel itself says so (EAGAIN), as to a blocking accept.
      nonBlocking(listener.fd(), () -> sockets.accept(listener.fd()));
    }
    Sockets.Accepted a = sockets.accept(listener.fd());
    SessionSocket s = session.add(null, a.fd(), listener.family(), Proto.TCP);
    s.host(listener.host());
    s.state(State.CONNECTED);
    s.peer(a.peer());
    s.local(sockets.getsockname(a.fd()));
    out.emit(new Event.Accepted(s.label(), listener.label(), a.peer()));
  }

  /** Runs one call with O_NONBLOCK set for it, as C sees once its timeout ran out. */
  private void nonBlocking(int fd, Runnable call) {
    int flags = sockets.getFlags(fd);
    sockets.setFlags(fd, flags | Linux.O_NONBLOCK);
    try {
      call.run();
    } finally {
      sockets.setFlags(fd, flags);
    }
  }

  /** How long a command may wait: its own timeout, else the script's (none at the prompt). */
  private Long cap(Long timeoutMicros) {
    return timeoutMicros != null ? timeoutMicros : defaultWaitMicros;
  }

  private UsageError ranOut(String what, Long cap, boolean explicit) {
    return new UsageError(
        Words.of("wait.ranOut", what, OptionOps.seconds(cap)),
        0,
        explicit ? null : Words.of("wait.ranOutHint"));
  }

  /**
   * recvfrom as a blocking call behaves, made interruptible: poll until data is there, bounded by
   * the command's timeout (or the script's wait) and the socket's SO_RCVTIMEO, then the call.
   */
  void recv(Recv c, EventSink out) {
    SessionSocket s = session.resolve(c.sock());
    Watchers.refuseRecv(s);
    Long cap = cap(c.timeoutMicros());
    if (c.errqueue()) {
      // The queue never blocks (MSG_DONTWAIT): empty, it is the kernel's EAGAIN. Only an explicit
      // timeout waits for an error to arrive first (POLLERR wakes poll whatever the events).
      if (c.timeoutMicros() != null) {
        waiter.ready(s.fd(), (short) 0, cap);
      }
      attempts.about(new Event.RecvAttempt(s.label(), c.max()));
      out.emit(Receiving.errorQueued(sockets, s, c.max()));
      return;
    }
    Waiter.Bound bound = Waiter.Bound.of(cap, waiter.kernelTimeout(s.fd(), Waiter.SO_RCVTIMEO));
    boolean ready = waiter.readable(s.fd(), bound.micros());
    attempts.about(new Event.RecvAttempt(s.label(), c.max()));
    if (!ready && !bound.kernel()) {
      throw ranOut("recv", cap, c.timeoutMicros() != null);
    }
    // Ready: the plain call, which now returns at once with exactly what a blocking C call gets
    // (0 after shutdown, where MSG_DONTWAIT would say EAGAIN). Timed out: MSG_DONTWAIT, so the
    // kernel itself answers EAGAIN.
    Event.Received got = Receiving.take(sockets, s, c.max(), ready ? 0 : Linux.MSG_DONTWAIT);
    out.emit(got);
    if (got.data().length == 0 && s.proto() == Proto.TCP && s.connectFailed() != null) {
      // Linux's recv returns 0 on a TCP socket whose connect failed, as at the end of a stream
      out.emit(new Event.Note(Words.of("recv.neverConnected", s.label(), s.connectFailed())));
    }
  }

  void close(Close c, EventSink out) {
    if (c.all()) {
      closeAll(out);
      return;
    }
    SessionSocket s = session.resolve(c.sock());
    watchers.stop(s);
    session.remove(s);
    sockets.close(s.fd());
    out.emit(new Event.Closed(List.of(s.label()), false));
  }

  /** Closes the sockets that live in a lab host (before the lab goes down). */
  void closeLab(EventSink out) {
    closeWhere(s -> s.host() != null, false, out);
  }

  /** Closes every socket; used by close all, quit and the end of a script. */
  void closeAll(EventSink out) {
    closeWhere(s -> true, true, out);
  }

  /** Stops, forgets and closes the sockets {@code which} picks, then says which were closed. */
  private void closeWhere(
      java.util.function.Predicate<SessionSocket> which, boolean all, EventSink out) {
    List<String> closed = new ArrayList<>();
    for (SessionSocket s : watchers.watched()) {
      if (which.test(s)) {
        watchers.stop(s);
      }
    }
    for (SessionSocket s : session.all()) {
      if (!which.test(s)) {
        continue;
      }
      session.remove(s);
      try {
        sockets.close(s.fd());
        closed.add(s.label());
      } catch (SocketError e) {
        out.emit(new Event.Failure(e, null));
      }
    }
    if (!closed.isEmpty()) {
      out.emit(new Event.Closed(closed, all));
    }
  }

  private static void requireTcp(SessionSocket s, String call) {
    if (s.proto() != Proto.TCP) {
      throw new UsageError(Words.of("tcp.only", call, s.label(), s.kind()));
    }
  }
}
