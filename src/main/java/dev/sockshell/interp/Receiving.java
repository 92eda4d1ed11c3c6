package dev.sockshell.interp;

import dev.sockshell.event.Event;
import dev.sockshell.posix.Sockets;
import dev.sockshell.session.SessionSocket;
import dev.sockshell.text.Words;

/**
 * Takes one message off a socket, the same way for recv, expect and watch: recvmsg when the socket
 * asked for the TTL (IP_RECVTTL / IPV6_RECVHOPLIMIT), else recvfrom; counts the bytes and names the
 * peer of a connected stream.
 */
final class Receiving {
  private Receiving() {}

  static Event.Received take(Sockets sockets, SessionSocket s, int max) {
    return take(sockets, s, max, 0);
  }

  /** With {@code flags} such as MSG_DONTWAIT, for a receive made after poll said it may. */
  static Event.Received take(Sockets sockets, SessionSocket s, int max, int flags) {
    return event(s, receive(sockets, s, max, flags), max);
  }

  /**
   * For a watcher: null when a UDP socket is shut down for reading. recvfrom then returns 0 and
   * names no sender (an empty datagram names one), connected or not, whatever the session thinks
   * the socket's state is (a later connect or bind does not undo the shutdown).
   */
  static Event.Received takeUnlessShut(Sockets sockets, SessionSocket s, int max) {
    // MSG_DONTWAIT: a watcher never blocks on a socket another reader may have emptied since poll
    // (it would no longer see its stop descriptor); EAGAIN sends it back to poll
    Sockets.Datagram d = receive(sockets, s, max, dev.sockshell.posix.Linux.MSG_DONTWAIT);
    if (s.proto() == dev.sockshell.model.Proto.UDP && d.data().length == 0 && d.from() == null) {
      return null;
    }
    return event(s, d, max);
  }

  /**
   * One error off the socket's error queue: recvmsg with MSG_ERRQUEUE, which never blocks (an empty
   * queue is the kernel's EAGAIN).
   */
  static Event.ErrorQueued errorQueued(Sockets sockets, SessionSocket s, int max) {
    Sockets.Datagram d =
        sockets.recvmsg(
            s.fd(),
            max,
            dev.sockshell.posix.Linux.MSG_ERRQUEUE | dev.sockshell.posix.Linux.MSG_DONTWAIT);
    if (d.error() == null) { // the queue holds errors only: not seen, but said plainly if it is
      throw new dev.sockshell.error.UsageError(Words.of("errqueue.none", s.label()));
    }
    int errno = d.error().errno();
    return new Event.ErrorQueued(
        s.label(), d.error(), sockets.errnoName(errno), sockets.strerror(errno), d.data());
  }

  private static Sockets.Datagram receive(Sockets sockets, SessionSocket s, int max, int flags) {
    return s.wantsTtl() ? sockets.recvmsg(s.fd(), max, flags) : sockets.recv(s.fd(), max, flags);
  }

  private static Event.Received event(SessionSocket s, Sockets.Datagram d, int max) {
    s.countIn(d.data().length);
    if (d.from() != null) {
      s.lastFrom(d.from());
    }
    if (s.proto() == dev.sockshell.model.Proto.TCP
        && d.data().length == 0
        && s.state() == SessionSocket.State.CONNECTED) {
      s.state(SessionSocket.State.PEER_CLOSED);
    }
    java.nio.charset.Charset text = s.encoding();
    return new Event.Received(
        s.label(),
        s.proto(),
        d.from() != null ? d.from() : s.peer(),
        d.data(),
        d.ttl(),
        max,
        text.equals(java.nio.charset.StandardCharsets.UTF_8) ? null : text);
  }
}
