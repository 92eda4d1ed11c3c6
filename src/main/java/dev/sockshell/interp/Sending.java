package dev.sockshell.interp;

import dev.sockshell.command.Command;
import dev.sockshell.command.Command.*;
import dev.sockshell.error.UsageError;
import dev.sockshell.event.Event;
import dev.sockshell.event.EventSink;
import dev.sockshell.lab.Addresses;
import dev.sockshell.model.Proto;
import dev.sockshell.posix.Cancellation;
import dev.sockshell.posix.Linux;
import dev.sockshell.posix.SockAddr;
import dev.sockshell.posix.SocketError;
import dev.sockshell.posix.Sockets;
import dev.sockshell.session.Session;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;
import java.util.Arrays;

/**
 * send and reply: what a blocking send does, made interruptible (MSG_DONTWAIT, then poll for room,
 * bounded by SO_SNDTIMEO and the script's wait), to the address given, the connected peer, or
 * whoever sent the last datagram.
 */
final class Sending {
  private final Sockets sockets;
  private final Session session;
  private final Waiter waiter;
  private final Attempts attempts;
  private final Long defaultWaitMicros;

  Sending(
      Sockets sockets, Session session, Waiter waiter, Attempts attempts, Long defaultWaitMicros) {
    this.sockets = sockets;
    this.session = session;
    this.waiter = waiter;
    this.attempts = attempts;
    this.defaultWaitMicros = defaultWaitMicros;
  }

  void send(Send c, EventSink out) {
    SessionSocket s = session.resolve(c.sock());
    SockAddr to = c.to() == null ? null : Addresses.resolve(c.to(), s.family(), session.lab());
    send(s, c.payload().bytes(s.encoding()), to, out);
  }

  /**
   * reply: sends to whoever sent the last datagram (an unconnected UDP socket), or on the
   * connection (a connected socket), as the chapter's echo servers answer.
   */
  void reply(Command.Reply c, EventSink out) {
    SessionSocket s = session.resolve(c.sock());
    SockAddr to = null;
    if (s.proto() == Proto.TCP || s.peer() != null) {
      if (s.peer() == null) {
        throw new UsageError(Words.of("reply.notConnected", s.label()));
      }
    } else {
      to = s.lastFrom();
      if (to == null) {
        throw new UsageError(
            Words.of("reply.nobody", s.label()), 0, Words.of("reply.nobodyHint", s.label()));
      }
    }
    send(s, c.payload().bytes(s.encoding()), to, out);
  }

  private void send(SessionSocket s, byte[] data, SockAddr to, EventSink out) {
    attempts.about(new Event.Sent(s.label(), data, 0, to, s.peer()));
    session.budget().charge(data.length);
    int n;
    try {
      n = sendAll(s, data, to);
    } catch (SocketError e) {
      throw Hints.queued(s, e);
    }
    s.countOut(n);
    if (s.local() == null) {
      s.local(sockets.getsockname(s.fd()));
    }
    out.emit(new Event.Sent(s.label(), data, n, to, s.peer()));
  }

  /**
   * What a blocking send does, made interruptible: send with MSG_DONTWAIT and, while bytes are
   * left, wait for room (poll, bounded by SO_SNDTIMEO and the script's wait). When SO_SNDTIMEO runs
   * out it returns what was sent, or lets the kernel say EAGAIN when nothing was, as a blocking
   * send does.
   */
  private int sendAll(SessionSocket s, byte[] data, SockAddr to) {
    long sndtimeo = waiter.kernelTimeout(s.fd(), Waiter.SO_SNDTIMEO);
    long start = System.nanoTime();
    int sent = 0;
    while (true) {
      byte[] rest = sent == 0 ? data : Arrays.copyOfRange(data, sent, data.length);
      try {
        sent += sockets.send(s.fd(), rest, to, Linux.MSG_DONTWAIT);
      } catch (SocketError e) {
        if (e.errno() != Linux.EAGAIN) {
          throw e;
        }
      }
      if (sent >= data.length) {
        return sent;
      }
      long used = (System.nanoTime() - start) / 1000;
      Long cap = defaultWaitMicros == null ? null : Math.max(0, defaultWaitMicros - used);
      Waiter.Bound bound = Waiter.Bound.of(cap, sndtimeo == 0 ? 0 : Math.max(1, sndtimeo - used));
      boolean room;
      try {
        room = waiter.ready(s.fd(), Linux.POLLOUT, bound.micros());
      } catch (Cancellation.Cancelled e) {
        s.countOut(sent);
        throw new UsageError(
            Words.of("send.cancelled", String.valueOf(sent), String.valueOf(data.length)));
      }
      if (!room) {
        if (!bound.kernel()) {
          s.countOut(sent);
          throw new UsageError(
              Words.of(
                  "send.noRoom",
                  OptionOps.seconds(defaultWaitMicros),
                  String.valueOf(sent),
                  String.valueOf(data.length)),
              0,
              Words.of("send.noRoomHint"));
        }
        if (sent > 0) {
          return sent;
        }
        // SO_SNDTIMEO ran out with nothing sent: the kernel's own EAGAIN, as a blocking send gives.
        return sockets.send(s.fd(), data, to, Linux.MSG_DONTWAIT);
      }
    }
  }
}
